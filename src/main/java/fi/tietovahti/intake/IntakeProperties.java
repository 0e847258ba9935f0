package fi.tietovahti.intake;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reading the privacy mailbox. {@code mode}: IDLE waits for the server to announce new mail (IMAP IDLE, RFC 2177)
 * and falls back to polling when the server cannot; POLL asks every {@code pollEvery}; OFF leaves the mailbox alone
 * (the tests take messages when they decide). The limits bound what one message may cost: a message over them is
 * kept as it is and goes to a handler's triage task with the reason. {@code workers} messages of a batch are taken
 * at the same time, each in its own transaction.
 */
@Validated
@ConfigurationProperties("tietovahti.intake")
public record IntakeProperties(@NotNull Mode mode, @NotNull Duration pollEvery, @Min(1) int maxFetch,
                               @Min(1) int workers,
                               @Min(1024) int maxMessageBytes, @Min(0) int maxAttachments,
                               @Min(1024) int maxAttachmentBytes) {

    public enum Mode { IDLE, POLL, OFF }

    InboundMessage.Limits limits() {
        return new InboundMessage.Limits(maxMessageBytes, maxAttachments, maxAttachmentBytes);
    }
}
