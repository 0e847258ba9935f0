package fi.tietovahti.mail;

import fi.tietovahti.catalogue.ControllerProperties;
import java.util.UUID;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.email.EmailBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends a plain-text letter about a case. The case number leads the subject and names the Message-ID (our own
 * domain), so replies can be matched to the case. Called from asynchronous process steps: a failure throws, the
 * engine retries the job and, when retries run out, shows an incident in Cockpit. (The transactional outbox of
 * the email-intake issue will take this over.)
 */
@Service
public class OutboundMail {

    private static final Logger log = LoggerFactory.getLogger(OutboundMail.class);

    private final Mailer mailer;
    private final MailProperties properties;
    private final ControllerProperties controller;

    OutboundMail(Mailer mailer, MailProperties properties, ControllerProperties controller) {
        this.mailer = mailer;
        this.properties = properties;
        this.controller = controller;
    }

    /** Sends the letter and returns its Message-ID. */
    public String send(String caseNumber, String to, String subject, String body) {
        String messageId = "<" + caseNumber + "." + UUID.randomUUID() + "@" + properties.messageIdDomain() + ">";
        mailer.sendMail(EmailBuilder.startingBlank()
                .from(controller.name(), controller.senderAddress())
                .to(to)
                .withSubject(caseNumber + " " + subject)
                .withPlainText(body)
                .fixingMessageId(messageId)
                .buildEmail());
        log.info("Letter sent for case {} ({})", caseNumber, messageId);
        return messageId;
    }
}
