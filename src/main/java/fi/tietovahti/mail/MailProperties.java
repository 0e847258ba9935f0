package fi.tietovahti.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * The mail servers: SMTP for letters, IMAP for the privacy mailbox that residents write to. Both speak TLS (implicit
 * or STARTTLS, which is required for any host that is not this machine), trust the JDK's CAs or the configured
 * {@code tls} trust store, and log in with a password or with an OAuth2 access token (SASL XOAUTH2, as Exchange
 * Online and Gmail require) from {@code oauth2}.
 */
@Validated
@ConfigurationProperties("tietovahti.mail")
public record MailProperties(@Valid @NotNull Smtp smtp, @Valid @NotNull Imap imap, @NotBlank String messageIdDomain,
                             @Valid @NotNull Outbox outbox, @Valid Tls tls, @Valid OAuth2 oauth2) {

    @ConstructorBinding
    public MailProperties {
        tls = tls == null ? new Tls(null, null, null) : tls;
        oauth2 = oauth2 == null ? new OAuth2(null, null, null, null, null, null) : oauth2;
    }

    /** For code and tests that predate TLS and OAuth2 settings: the JDK's trust, no OAuth2. */
    public MailProperties(Smtp smtp, Imap imap, String messageIdDomain, Outbox outbox) {
        this(smtp, imap, messageIdDomain, outbox, null, null);
    }

    /** How a server is logged in to: a password, or an OAuth2 access token from {@code tietovahti.mail.oauth2}. */
    public enum Auth { PASSWORD, XOAUTH2 }

    /**
     * {@code transport}: SMTP_TLS (STARTTLS required, port 587), SMTPS (implicit TLS, port 465) or SMTP (plain,
     * opportunistic STARTTLS; refused for any host but this machine's loopback).
     */
    public record Smtp(@NotBlank String host, int port, String username, String password,
                       TransportStrategy transport, Auth auth) {

        @ConstructorBinding
        public Smtp {
            auth = auth == null ? Auth.PASSWORD : auth;
        }

        public Smtp(String host, int port, String username, String password, TransportStrategy transport) {
            this(host, port, username, password, transport, null);
        }
    }

    /**
     * The privacy mailbox; {@code processedFolder} receives each message once its case or task is committed. Its
     * levels are written with '/' whatever the server's own hierarchy separator is (Dovecot's Maildir uses '.'):
     * {@code Tietovahti/Processed} becomes {@code Tietovahti.Processed} there. {@code protocol} imaps is implicit TLS
     * (993); imap (143) upgrades with STARTTLS as {@code starttls} says: AUTO requires it for any host that is not
     * loopback, REQUIRED always, OFF never (a local test server only).
     */
    public record Imap(@NotBlank String host, int port, String username, String password, @NotBlank String protocol,
                       @NotBlank String folder, @NotBlank String processedFolder, StartTls starttls, Auth auth) {

        public enum StartTls { AUTO, REQUIRED, OFF }

        @ConstructorBinding
        public Imap {
            starttls = starttls == null ? StartTls.AUTO : starttls;
            auth = auth == null ? Auth.PASSWORD : auth;
        }

        public Imap(String host, int port, String username, String password, String protocol, String folder,
                    String processedFolder) {
            this(host, port, username, password, protocol, folder, processedFolder, null, null);
        }

        /** Whether the connection must be upgraded with STARTTLS before logging in. */
        public boolean startTlsRequired() {
            return !"imaps".equalsIgnoreCase(protocol) && switch (starttls) {
                case REQUIRED -> true;
                case OFF -> false;
                case AUTO -> !MailSecurity.isLoopback(host);
            };
        }
    }

    /**
     * The trust store for both servers' certificates (an internal CA, a self-signed Dovecot); empty for the JDK's
     * own CAs. {@code type} PKCS12 or JKS. The password may come from a file (a mounted secret) instead.
     */
    public record Tls(String trustStore, String trustStorePassword, String trustStoreType) {
    }

    /**
     * OAuth2 client-credentials flow for SASL XOAUTH2: the token endpoint (Entra ID:
     * https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token, scope https://outlook.office365.com/.default),
     * the client's id and secret (or a file holding the secret), and how long before its expiry a token is
     * replaced. Tokens are fetched when first needed and kept in memory only.
     */
    public record OAuth2(String tokenUri, String clientId, String clientSecret, String clientSecretFile, String scope,
                         Duration refreshBefore) {

        public OAuth2 {
            refreshBefore = refreshBefore == null ? Duration.ofMinutes(5) : refreshBefore;
        }

        public boolean configured() {
            return tokenUri != null && !tokenUri.isBlank();
        }
    }

    /**
     * Retrying a letter: the n-th retry waits {@code firstRetryAfter} × 2^(n-1), at most {@code maxRetryAfter};
     * after {@code maxAttempts} the letter is FAILED and its case shows an incident.
     */
    public record Outbox(@Min(1) int maxAttempts, @NotNull Duration firstRetryAfter, @NotNull Duration maxRetryAfter,
                         @NotNull Duration sweepEvery) {
    }
}
