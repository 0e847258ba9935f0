package fi.tietovahti.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import fi.tietovahti.testsupport.SecureMailServers;
import fi.tietovahti.testsupport.TestClock;
import fi.tietovahti.testsupport.TestTls;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;

/** Letters go out over SMTPS (465) trusting the configured store, and with XOAUTH2 tokens from the OAuth2 server. */
class SecureSmtpIT {

    private final GreenMail server = SecureMailServers.greenMail();

    @BeforeEach
    void empty() throws Exception {
        server.purgeEmailFromAllMailboxes();
    }

    private static MailProperties properties(MailProperties.Smtp smtp, boolean trust) {
        return new MailProperties(smtp, new MailProperties.Imap("127.0.0.1", 993, null, null, "imaps", "INBOX",
                "Tietovahti/Processed"), "hekaoy.fi", new MailProperties.Outbox(3, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofSeconds(20)),
                trust ? new MailProperties.Tls(TestTls.trustStore().toString(), TestTls.PASSWORD, "PKCS12") : null,
                new MailProperties.OAuth2(SecureMailServers.tokenUri(), "tietovahti-mail", "client-secret", null,
                        "https://outlook.office365.com/.default", Duration.ofMinutes(5)));
    }

    private static Mailer mailers(MailProperties properties) {
        return new MailConfiguration().mailer(properties,
                new MailTokens(properties, TestClock.clock(), new ObjectMapper()));
    }

    private static void send(Mailer mailers, String subject) {
        mailers.sendMail(EmailBuilder.startingBlank().from("Heka tietosuoja", "tietosuoja@hekaoy.fi")
                .to(SecureMailServers.OAUTH_USER).withSubject(subject).withPlainText("Pyyntönne on vastaanotettu.")
                .buildEmail());
    }

    @Test
    void overSmtpsTheServerIsTrustedThroughTheConfiguredTrustStoreOnly() throws Exception {
        SecureMailServers.acceptToken("smtp-password");
        MailProperties.Smtp smtps = new MailProperties.Smtp("127.0.0.1", server.getSmtps().getPort(),
                SecureMailServers.OAUTH_USER, "smtp-password", TransportStrategy.SMTPS);
        assertThatThrownBy(() -> send(mailers(properties(smtps, false)), "untrusted")).isInstanceOf(Exception.class);
        send(mailers(properties(smtps, true)), "over SMTPS");
        assertThat(server.getReceivedMessages()).extracting(m -> m.getSubject()).containsExactly("over SMTPS");
    }

    @Test
    void withXoauth2TheTokenComesFromTheAuthorizationServerAndIsAskedForAtEveryConnection() throws Exception {
        MailProperties.Smtp smtp = new MailProperties.Smtp("127.0.0.1", server.getSmtps().getPort(),
                SecureMailServers.OAUTH_USER, null, TransportStrategy.SMTPS, MailProperties.Auth.XOAUTH2);
        MailProperties properties = properties(smtp, true);
        MailTokens tokens = new MailTokens(properties, TestClock.clock(), new ObjectMapper());
        Mailer mailers = new MailConfiguration().mailer(properties, tokens);
        String token = tokens.accessToken();
        SecureMailServers.acceptToken(token);
        send(mailers, "with a token");
        assertThat(server.getReceivedMessages()).extracting(m -> m.getSubject()).containsExactly("with a token");

        // a token the server does not take is refused, not sent some other way
        SecureMailServers.acceptToken("something-else");
        assertThatThrownBy(() -> send(mailers, "refused")).isInstanceOf(Exception.class);
        tokens.invalidate();
        String renewed = tokens.accessToken();
        SecureMailServers.acceptToken(renewed);
        send(mailers, "with the renewed token");
        assertThat(server.getReceivedMessages()).extracting(m -> m.getSubject())
                .containsExactly("with a token", "with the renewed token");
    }

    @Test
    void plainSmtpToAHostOtherThanThisMachineIsRefusedAtStartUp() {
        MailProperties.Smtp plain = new MailProperties.Smtp("smtp.example.com", 25, null, null, TransportStrategy.SMTP);
        assertThatThrownBy(() -> mailers(properties(plain, false))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without requiring TLS");
    }

    @Test
    void port587RequiresStarttlsAnd465IsImplicitTlsBothCheckingTheServersName() {
        MailProperties.Smtp submission = new MailProperties.Smtp("smtp.office365.com", 587, "tietosuoja@hekaoy.fi",
                null, TransportStrategy.SMTP_TLS, MailProperties.Auth.XOAUTH2);
        java.util.Properties p = MailConfiguration.session(properties(submission, true),
                new MailTokens(properties(submission, true), TestClock.clock(), new ObjectMapper())).getProperties();
        assertThat(p).containsEntry("mail.transport.protocol", "smtp").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth.mechanisms",
                        "XOAUTH2").containsEntry("mail.smtp.port", "587");
        assertThat(p.get("mail.smtp.ssl.socketFactory")).isInstanceOf(javax.net.ssl.SSLSocketFactory.class);
        MailProperties.Smtp smtps = new MailProperties.Smtp("smtp.gmail.com", 465, "tietosuoja@hekaoy.fi", "app",
                TransportStrategy.SMTPS);
        java.util.Properties s = MailConfiguration.session(properties(smtps, false),
                new MailTokens(properties(smtps, false), TestClock.clock(), new ObjectMapper())).getProperties();
        assertThat(s).containsEntry("mail.transport.protocol", "smtps").containsEntry("mail.smtps.ssl.checkserveridentity",
                "true").doesNotContainKey("mail.smtps.auth.mechanisms");
    }

    @Test
    void starttlsIsRequiredForEveryImapHostThatIsNotThisMachine() {
        assertThat(imap("imap.example.com", "imap", null).startTlsRequired()).isTrue();
        assertThat(imap("10.0.0.5", "imap", null).startTlsRequired()).isTrue();
        assertThat(imap("localhost.example.com", "imap", null).startTlsRequired()).isTrue();
        assertThat(imap("127.0.0.1", "imap", null).startTlsRequired()).isFalse();
        assertThat(imap("localhost", "imap", null).startTlsRequired()).isFalse();
        assertThat(imap("::1", "imap", null).startTlsRequired()).isFalse();
        assertThat(imap("127.0.0.1", "imap", MailProperties.Imap.StartTls.REQUIRED).startTlsRequired()).isTrue();
        assertThat(imap("imap.example.com", "imap", MailProperties.Imap.StartTls.OFF).startTlsRequired()).isFalse();
        assertThat(imap("imap.example.com", "imaps", null).startTlsRequired()).as("implicit TLS already").isFalse();
    }

    private static MailProperties.Imap imap(String host, String protocol, MailProperties.Imap.StartTls starttls) {
        return new MailProperties.Imap(host, 143, null, null, protocol, "INBOX", "Tietovahti/Processed", starttls,
                null);
    }
}
