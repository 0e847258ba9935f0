package fi.tietovahti;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.tietovahti.demo.DemoDataConfiguration;
import fi.tietovahti.identity.simulator.SimulatorConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The local run ({@code ./mvnw spring-boot:test-run}): the real application, plus an embedded PostgreSQL whose data
 * lives in {@code .local/pgdata} (it survives restarts), an embedded mail server (GreenMail: SMTP and IMAP on
 * localhost), demo data and demo users. None of this is in the production artifact: it lives in the test tree.
 */
public final class LocalTietovahtiApplication {

    static final String MAILBOX = "tietosuoja@hekaoy.fi";

    /** The ports of this run, for the banner. */
    private static volatile Ports ports = Ports.DEFAULT;

    private LocalTietovahtiApplication() {
    }

    /**
     * The local run's ports for PostgreSQL, SMTP and IMAP (the server's own is {@code server.port}), from system
     * properties of the JVM. {@code ./mvnw spring-boot:test-run} runs this class in a JVM of its own, which does not
     * see Maven's {@code -D} flags: pom.xml hands these three to it (the spring-boot-maven-plugin's
     * {@code systemPropertyVariables}, with the same defaults as here).
     */
    record Ports(int postgres, int smtp, int imap) {

        static final String POSTGRES = "tietovahti.local.postgres-port";
        static final String SMTP = "tietovahti.local.smtp-port";
        static final String IMAP = "tietovahti.local.imap-port";
        static final Ports DEFAULT = new Ports(54329, 3025, 3143);

        static Ports of(Properties properties) {
            return new Ports(port(properties, POSTGRES, DEFAULT.postgres), port(properties, SMTP, DEFAULT.smtp),
                    port(properties, IMAP, DEFAULT.imap));
        }

        private static int port(Properties properties, String name, int defaultPort) {
            String value = properties.getProperty(name);
            if (value == null || value.isBlank()) {
                return defaultPort;
            }
            try {
                int port = Integer.parseInt(value.strip());
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    /** The embedded PostgreSQL and GreenMail of the local run, and the settings that point the application at them. */
    record Infrastructure(EmbeddedPostgres postgres, GreenMail mail, Ports ports) implements AutoCloseable {

        static Infrastructure start(Ports ports, Path dataDirectory) throws IOException {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(ports.postgres())
                    // stopped by close(), after the application: zonky's own hook would stop it at once
                    .setRegisterShutdownHook(false)
                    .start();
            GreenMail mail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(ports.smtp(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(ports.imap(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, "tietosuoja"));
            try {
                mail.start();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return new Infrastructure(postgres, mail, ports);
        }

        /** The database and mail settings of the application (the rest is in application-local.yml). */
        Map<String, String> applicationProperties() {
            return Map.of(
                    "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "postgres",
                    "tietovahti.mail.smtp.port", String.valueOf(ports.smtp()),
                    "tietovahti.mail.imap.port", String.valueOf(ports.imap()));
        }

        @Override
        public void close() {
            mail.stop();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }
    }

    public static void main(String[] args) throws IOException {
        ports = Ports.of(System.getProperties());
        Path dataDirectory = Path.of(System.getProperty("tietovahti.local.data-dir", ".local/pgdata")).toAbsolutePath();
        Infrastructure infrastructure = Infrastructure.start(ports, dataDirectory);
        // The database and the mail server stop after the application: Spring's own shutdown hook runs at the same
        // time as this one, and a database gone first leaves the engine's shutdown waiting for connections (26 s and
        // errors at Ctrl-C). Closing the context here waits for Spring's close if it is already under way.
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ConfigurableApplicationContext running = context.get();
            if (running != null) {
                running.close();
            }
            infrastructure.close();
        }, "local-infrastructure-shutdown"));

        infrastructure.applicationProperties().forEach(System::setProperty);

        context.set(SpringApplication.from(TietovahtiApplication::main)
                .with(DemoDataConfiguration.class, SimulatorConfiguration.class, WelcomeBanner.class)
                .withAdditionalProfiles("local")
                .run(args).getApplicationContext());
    }

    /** Says where to go and who to log in as, once the service is up. Local run only. */
    static class WelcomeBanner implements ApplicationListener<ApplicationReadyEvent> {
        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            Environment env = event.getApplicationContext().getEnvironment();
            String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
            System.out.println("""

                    ==================================================================================
                     Tietovahti is running (local run: embedded PostgreSQL, GreenMail, demo data)
                    ----------------------------------------------------------------------------------
                     Tasklist   %1$s/camunda/app/tasklist/
                     Cockpit    %1$s/camunda/app/cockpit/
                     Admin      %1$s/camunda/app/admin/
                     REST API   %1$s/engine-rest/  (HTTP Basic)     Health %1$s/actuator/health
                    ----------------------------------------------------------------------------------
                     Demo users (user / password):
                       handler   / handler     privacy-handlers  Tasklist
                       dpo       / dpo         dpo               Cockpit, Tasklist
                       collector / collector   collections       Tasklist
                       admin     / admin       camunda-admin     Admin, Cockpit, Tasklist
                    ----------------------------------------------------------------------------------
                     E-signature: the simulator at %1$s/simulator/esign (links arrive by mail)
                     Mail: SMTP localhost:%2$d, IMAP localhost:%3$d, mailbox %4$s / tietosuoja
                     Database: jdbc:postgresql://localhost:%5$d/postgres (postgres/postgres), data in .local/pgdata
                    ==================================================================================
                    """.formatted(base, ports.smtp(), ports.imap(), MAILBOX, ports.postgres()));
        }
    }
}
