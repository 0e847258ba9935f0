package fi.tietovahti.mail;

import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.mailer.MailerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One simple-java-mail {@link Mailer} for every letter, configured here rather than through simple-java-mail's
 * Spring module (which stops at 8.12.1 and reads its own property names).
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    /**
     * jakarta.mail-api 2.1 looks its StreamProvider up through the ServiceLoader on every header it parses (a scan of
     * every jar's META-INF/services, 9% of the mail intake's CPU in a profile). Naming the one implementation we ship
     * (Angus) makes the lookup a class load. An operator's own setting wins.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    @Bean(destroyMethod = "shutdownConnectionPool")
    Mailer mailer(MailProperties properties) {
        MailProperties.Smtp smtp = properties.smtp();
        return MailerBuilder
                .withSMTPServer(smtp.host(), smtp.port(), blankToNull(smtp.username()), blankToNull(smtp.password()))
                .withTransportStrategy(smtp.transport())
                // a server that does not answer must not hold a job thread forever; the job is retried instead
                .withSessionTimeout(10_000)
                .buildMailer();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
