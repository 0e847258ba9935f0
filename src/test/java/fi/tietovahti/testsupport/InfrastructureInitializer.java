package fi.tietovahti.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at the shared embedded PostgreSQL and GreenMail. */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /**
     * The test server's port, chosen once: the e-signature simulator runs inside the application and the
     * application calls it (and is called back) over HTTP, so both URLs must be known before the server starts.
     */
    public static final int PORT = freePort();

    public static String baseUrl() {
        return "http://localhost:" + PORT;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // before the engine is built: deployment and history times are on the test clock from the first one
        TestClock.installInEngine();
        GreenMail mail = TestInfrastructure.greenMail();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure", Map.ofEntries(
                Map.entry("server.port", PORT),
                Map.entry("tietovahti.esign.base-url", baseUrl() + "/simulator/esign"),
                Map.entry("tietovahti.collection.practice.partner.base-url", baseUrl() + "/simulator/collection-partner"),
                Map.entry("tietovahti.collection.practice.partner.api-key", "test-partner-key"),
                Map.entry("tietovahti.esign.public-base-url", baseUrl()),
                Map.entry("tietovahti.esign.api-key", "simulator-api-key"),
                Map.entry("tietovahti.esign.webhook-secret", "simulator-webhook-secret"),
                Map.entry("spring.datasource.url", TestInfrastructure.jdbcUrl()),
                Map.entry("spring.datasource.username", "postgres"),
                Map.entry("spring.datasource.password", "postgres"),
                Map.entry("tietovahti.mail.smtp.host", "127.0.0.1"),
                Map.entry("tietovahti.mail.smtp.port", mail.getSmtp().getPort()),
                Map.entry("tietovahti.mail.smtp.transport", "SMTP"),
                Map.entry("tietovahti.mail.imap.host", "127.0.0.1"),
                Map.entry("tietovahti.mail.imap.port", mail.getImap().getPort()),
                Map.entry("tietovahti.mail.imap.protocol", "imap"),
                Map.entry("tietovahti.mail.imap.username", TestInfrastructure.MAILBOX),
                Map.entry("tietovahti.mail.imap.password", TestInfrastructure.MAILBOX_PASSWORD))));
    }
}
