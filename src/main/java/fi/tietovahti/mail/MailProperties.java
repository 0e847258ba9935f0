package fi.tietovahti.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The mail servers: SMTP for letters, IMAP for the privacy mailbox that residents write to. */
@Validated
@ConfigurationProperties("tietovahti.mail")
public record MailProperties(@Valid @NotNull Smtp smtp, @Valid @NotNull Imap imap, @NotBlank String messageIdDomain,
                             @Valid @NotNull Outbox outbox) {

    public record Smtp(@NotBlank String host, int port, String username, String password,
                       TransportStrategy transport) {
    }

    /** The privacy mailbox; {@code processedFolder} receives each message once its case or task is committed. */
    public record Imap(@NotBlank String host, int port, String username, String password, @NotBlank String protocol,
                       @NotBlank String folder, @NotBlank String processedFolder) {
    }

    /**
     * Retrying a letter: the n-th retry waits {@code firstRetryAfter} × 2^(n-1), at most {@code maxRetryAfter};
     * after {@code maxAttempts} the letter is FAILED and its case shows an incident.
     */
    public record Outbox(@Min(1) int maxAttempts, @NotNull Duration firstRetryAfter, @NotNull Duration maxRetryAfter,
                         @NotNull Duration sweepEvery) {
    }
}
