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

    static final int POSTGRES_PORT = Integer.getInteger("tietovahti.local.postgres-port", 54329);
    static final int SMTP_PORT = Integer.getInteger("tietovahti.local.smtp-port", 3025);
    static final int IMAP_PORT = Integer.getInteger("tietovahti.local.imap-port", 3143);
    static final String MAILBOX = "tietosuoja@hekaoy.fi";

    private LocalTietovahtiApplication() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDirectory = Path.of(System.getProperty("tietovahti.local.data-dir", ".local/pgdata")).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(POSTGRES_PORT)
                // stopped by the hook below, after the application: zonky's own hook would stop it at once
                .setRegisterShutdownHook(false)
                .start();
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, "tietosuoja"));
        mail.start();
        // The database and the mail server stop after the application: Spring's own shutdown hook runs at the same
        // time as this one, and a database gone first leaves the engine's shutdown waiting for connections (26 s and
        // errors at Ctrl-C). Closing the context here waits for Spring's close if it is already under way.
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ConfigurableApplicationContext running = context.get();
            if (running != null) {
                running.close();
            }
            mail.stop();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }, "local-infrastructure-shutdown"));

        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
        System.setProperty("tietovahti.mail.smtp.port", String.valueOf(SMTP_PORT));
        System.setProperty("tietovahti.mail.imap.port", String.valueOf(IMAP_PORT));

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
                    """.formatted(base, SMTP_PORT, IMAP_PORT, MAILBOX, POSTGRES_PORT));
        }
    }
}
