package fi.tietovahti.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One embedded PostgreSQL and one GreenMail for the whole test run (a JVM), started on first use. Every Spring
 * context of the run, and the tests that need no context, share them.
 */
public final class TestInfrastructure {

    public static final String MAILBOX = "tietosuoja@hekaoy.fi";
    public static final String MAILBOX_PASSWORD = "tietosuoja";

    private static EmbeddedPostgres postgres;
    private static GreenMail greenMail;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setPort(0).start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, MAILBOX_PASSWORD));
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return greenMail;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    /** The letter of a case whose subject contains {@code subjectPart}, as GreenMail received it; fails listing them. */
    public static jakarta.mail.internet.MimeMessage letter(String caseNumber, String subjectPart) throws Exception {
        for (jakarta.mail.internet.MimeMessage m : greenMail().getReceivedMessages()) {
            if (m.getSubject().startsWith(caseNumber) && m.getSubject().contains(subjectPart)) {
                return m;
            }
        }
        throw new AssertionError("no letter '" + subjectPart + "' for " + caseNumber + " among "
                + java.util.Arrays.stream(greenMail().getReceivedMessages()).map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        return "?";
                    }
                }).toList());
    }
}
