package fi.tietovahti.mail;

import jakarta.validation.constraints.NotBlank;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The mail servers: SMTP for letters, IMAP for the privacy mailbox that residents write to. */
@Validated
@ConfigurationProperties("tietovahti.mail")
public record MailProperties(Smtp smtp, Imap imap, @NotBlank String messageIdDomain) {

    public record Smtp(@NotBlank String host, int port, String username, String password,
                       TransportStrategy transport) {
    }

    public record Imap(@NotBlank String host, int port, String username, String password, String protocol) {
    }
}
