package fi.tietovahti.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import fi.tietovahti.mail.MailProperties;
import fi.tietovahti.mail.MailTokens;
import fi.tietovahti.testsupport.SecureMailServers;
import fi.tietovahti.testsupport.TestClock;
import fi.tietovahti.testsupport.TestTls;
import fi.tietovahti.testsupport.TietovahtiTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The privacy mailbox over implicit TLS with the configured trust store, and logged in with SASL XOAUTH2 with tokens
 * from a real OAuth2 server, as Exchange Online and Gmail require. (STARTTLS and Maildir's '.' separator against a
 * real Dovecot: DovecotMailboxIT.)
 */
@TietovahtiTest
class SecureMailboxIT {

    @Autowired
    MailIntake intake;
    @Autowired
    MailProperties mailProperties;
    @Autowired
    IntakeProperties intakeProperties;
    @Autowired
    BeanFactory beanFactory;
    @Autowired
    MailTokens serviceTokens;

    private final GreenMail server = SecureMailServers.greenMail();

    @BeforeEach
    void emptyMailbox() throws Exception {
        server.purgeEmailFromAllMailboxes();
    }

    private MailProperties.OAuth2 oauth2(Duration refreshBefore) {
        return new MailProperties.OAuth2(SecureMailServers.tokenUri(), "tietovahti-mail", "client-secret", null,
                "https://outlook.office365.com/.default", refreshBefore);
    }

    private MailProperties properties(boolean trust, MailProperties.Auth auth, String password,
                                      MailProperties.OAuth2 oauth2) {
        MailProperties.Imap imap = new MailProperties.Imap("127.0.0.1", server.getImaps().getPort(),
                SecureMailServers.OAUTH_USER, password, "imaps", "INBOX", "Tietovahti/Processed", null, auth);
        MailProperties.Tls tls = trust ? new MailProperties.Tls(TestTls.trustStore().toString(), TestTls.PASSWORD,
                "PKCS12") : null;
        return new MailProperties(mailProperties.smtp(), imap, mailProperties.messageIdDomain(),
                mailProperties.outbox(), tls, oauth2);
    }

    private MailboxPoller poller(MailProperties properties, MailTokens tokens, MailboxHealth health) {
        return new MailboxPoller(intake, properties, intakeProperties, beanFactory, tokens, health);
    }

    private void deliver(String label) throws Exception {
        byte[] raw = Mails.message(label).from("Eero Esimerkki", label + "@example.com").subject("Tarkastuspyyntö")
                .text("Hei, haluan saada tietää mitä henkilötietoja minusta on rekisterissänne. Terveisin Eero")
                .bytes();
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", server.getImap().getPort(), SecureMailServers.OAUTH_USER,
                    server.getUserManager().getUser(SecureMailServers.OAUTH_USER).getPassword());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.appendMessages(new Message[] {new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw))});
            inbox.close(false);
        }
    }

    @Test
    void overImplicitTlsTheServerIsTrustedThroughTheConfiguredTrustStoreOnly() throws Exception {
        SecureMailServers.acceptToken("mailbox-password");
        deliver("imaps");
        MailboxHealth health = new MailboxHealth(TestClock.clock());
        MailboxPoller untrusting = poller(properties(false, MailProperties.Auth.PASSWORD, "mailbox-password", null),
                serviceTokens, health);
        try {
            assertThatThrownBy(untrusting::pollOnce).isInstanceOf(Exception.class);
        } finally {
            untrusting.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.problem()).contains("TLS").contains("trust-store");

        MailboxPoller trusting = poller(properties(true, MailProperties.Auth.PASSWORD, "mailbox-password", null),
                serviceTokens, health);
        try {
            assertThat(trusting.pollOnce().taken()).extracting(MailIntake.Taken::route)
                    .containsExactly(MailIntake.Route.NEW_CASE);
        } finally {
            trusting.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void withXoauth2TheTokenComesFromTheAuthorizationServerAndARevokedTokenIsReplaced() throws Exception {
        MailTokens tokens = new MailTokens(properties(true, MailProperties.Auth.XOAUTH2, null,
                oauth2(Duration.ofMinutes(5))), TestClock.clock(), new ObjectMapper());
        String token = tokens.accessToken();
        assertThat(tokens.accessToken()).as("held until shortly before its expiry").isEqualTo(token);
        SecureMailServers.acceptToken(token);
        deliver("xoauth2");
        MailboxHealth health = new MailboxHealth(TestClock.clock());
        MailProperties properties = properties(true, MailProperties.Auth.XOAUTH2, null, oauth2(Duration.ofMinutes(5)));
        MailboxPoller poller = poller(properties, tokens, health);
        try {
            assertThat(poller.pollOnce().taken()).hasSize(1);
        } finally {
            poller.destroy();
        }

        // the mail server no longer takes that token (revoked): a clear failure, and the next login asks for a new one
        SecureMailServers.acceptToken("revoked-" + token);
        MailboxPoller refused = poller(properties, tokens, health);
        try {
            assertThatThrownBy(refused::pollOnce).isInstanceOf(Exception.class);
        } finally {
            refused.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.problem()).contains("refused the login").contains("XOAUTH2").doesNotContain(token);
        String renewed = tokens.accessToken();
        assertThat(renewed).isNotEqualTo(token);
        SecureMailServers.acceptToken(renewed);
        MailboxPoller again = poller(properties, tokens, health);
        try {
            again.pollOnce();
        } finally {
            again.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void aTokenIsReplacedBeforeItExpires() {
        // tokens valid for 60 s, replaced 5 minutes before their expiry: every use needs a new one
        SecureMailServers.oauth2().enqueueCallback(new DefaultOAuth2TokenCallback(SecureMailServers.ISSUER,
                "tietovahti-mail", "JWT", java.util.List.of("https://outlook.office365.com"), Map.of(), 60));
        SecureMailServers.oauth2().enqueueCallback(new DefaultOAuth2TokenCallback(SecureMailServers.ISSUER,
                "tietovahti-mail", "JWT", java.util.List.of("https://outlook.office365.com"), Map.of(), 60));
        MailTokens tokens = new MailTokens(properties(true, MailProperties.Auth.XOAUTH2, null,
                oauth2(Duration.ofMinutes(5))), TestClock.clock(), new ObjectMapper());
        String first = tokens.accessToken();
        assertThat(tokens.accessToken()).isNotEqualTo(first);
    }

    @Test
    void aRefusedTokenRequestIsAClearErrorAndAFailingHealthCheck() {
        MailTokens tokens = new MailTokens(properties(true, MailProperties.Auth.XOAUTH2, null,
                oauth2(Duration.ofMinutes(5))), TestClock.clock(), new ObjectMapper());
        // the authorization server refuses the client, as Entra ID does for a wrong or expired client secret
        SecureMailServers.oauth2().enqueueCallback(new DefaultOAuth2TokenCallback(SecureMailServers.ISSUER) {
            @Override
            public String subject(com.nimbusds.oauth2.sdk.TokenRequest request) {
                throw new no.nav.security.mock.oauth2.OAuth2Exception(com.nimbusds.oauth2.sdk.OAuth2Error.INVALID_CLIENT,
                        "AADSTS7000215: Invalid client secret provided");
            }
        });
        assertThatThrownBy(tokens::accessToken).isInstanceOf(MailTokens.TokenRefused.class)
                .hasMessageContaining("invalid_client").hasMessageContaining("HTTP 401")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("client-secret"));
        assertThat(tokens.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(tokens.health().getDetails().get("error").toString()).contains("invalid_client");
        tokens.accessToken();
        assertThat(tokens.health().getStatus().getCode()).isEqualTo("UP");
    }
}
