package fi.tietovahti.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
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

    /**
     * The mailer sends through a JavaMail session built here, property by property, rather than from
     * simple-java-mail's own settings: those turn a socket factory into its toString() for SMTPS, so the configured
     * trust store would be ignored on port 465. The session's authenticator is asked at every connection, so an
     * OAuth2 token is fetched or renewed just before it is used.
     */
    @Bean(destroyMethod = "shutdownConnectionPool")
    Mailer mailer(MailProperties properties, MailTokens tokens) {
        return MailerBuilder.usingSession(session(properties, tokens)).buildMailer();
    }

    static Session session(MailProperties properties, MailTokens tokens) {
        MailProperties.Smtp smtp = properties.smtp();
        TransportStrategy transport = smtp.transport() == null ? TransportStrategy.SMTP_TLS : smtp.transport();
        if (transport == TransportStrategy.SMTP && !MailSecurity.isLoopback(smtp.host())) {
            throw new IllegalStateException("tietovahti.mail.smtp.transport SMTP sends letters to " + smtp.host()
                    + " without requiring TLS; use SMTP_TLS (STARTTLS, port 587) or SMTPS (port 465). Plain SMTP is"
                    + " only for a server on this machine.");
        }
        if (transport != TransportStrategy.SMTP && transport != TransportStrategy.SMTP_TLS
                && transport != TransportStrategy.SMTPS) {
            throw new IllegalStateException("tietovahti.mail.smtp.transport must be SMTP_TLS, SMTPS or SMTP, not "
                    + transport + " (XOAUTH2 is tietovahti.mail.smtp.auth)");
        }
        boolean xoauth2 = smtp.auth() == MailProperties.Auth.XOAUTH2;
        if (xoauth2 && !tokens.configured()) {
            throw new IllegalStateException("tietovahti.mail.smtp.auth is XOAUTH2 but tietovahti.mail.oauth2.token-uri"
                    + " is not set");
        }
        String protocol = transport == TransportStrategy.SMTPS ? "smtps" : "smtp";
        String p = "mail." + protocol;
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", protocol);
        props.setProperty(p + ".host", smtp.host());
        props.setProperty(p + ".port", Integer.toString(smtp.port()));
        // a server that does not answer must not hold a job thread forever; the job is retried instead
        props.setProperty(p + ".connectiontimeout", "10000");
        props.setProperty(p + ".timeout", "10000");
        props.setProperty(p + ".writetimeout", "10000");
        props.setProperty(p + ".ssl.checkserveridentity", "true");
        props.put(p + ".ssl.socketFactory", MailSecurity.socketFactory(properties.tls()));
        if (transport != TransportStrategy.SMTPS) {
            // SMTP_TLS: STARTTLS or nothing; SMTP (loopback only): STARTTLS when the server offers it
            props.setProperty(p + ".starttls.enable", "true");
            props.setProperty(p + ".starttls.required", Boolean.toString(transport == TransportStrategy.SMTP_TLS));
        }
        String username = blankToNull(smtp.username());
        Authenticator authenticator = null;
        if (username != null) {
            props.setProperty(p + ".auth", "true");
            props.setProperty(p + ".user", username);
            if (xoauth2) {
                props.setProperty(p + ".auth.mechanisms", "XOAUTH2");
            }
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username, xoauth2 ? tokens.accessToken()
                            : smtp.password() == null ? "" : smtp.password());
                }
            };
        }
        return Session.getInstance(props, authenticator);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
