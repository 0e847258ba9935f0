package fi.tietovahti.consent;

import fi.tietovahti.mail.OutboundMail;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.newsletter.NewsletterConsents;
import fi.tietovahti.restriction.RestrictionGuard;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a newsletter issue: to every subscriber whose consent stands, each letter with the subscriber's own
 * unsubscribe link, through the outbox. A subscriber whose newsletter data is restricted (Art. 18) gets nothing:
 * the guard holds the letter back for a handler.
 */
@Service
public class NewsletterIssues {

    private static final Logger log = LoggerFactory.getLogger(NewsletterIssues.class);
    static final Set<String> CATEGORIES = Set.of("newsletter.subscription");

    /** What an issue did: letters queued, letters held back by a restriction. */
    public record Sent(int sent, int heldBack) {
    }

    private final NewsletterConsents consents;
    private final OutboundMail mail;
    private final RestrictionGuard guard;
    private final String publicUrl;

    NewsletterIssues(NewsletterConsents consents, OutboundMail mail, RestrictionGuard guard,
                     @Value("${tietovahti.esign.public-base-url}") String publicUrl) {
        this.consents = consents;
        this.mail = mail;
        this.guard = guard;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Sends the issue to every subscriber whose consent stands. */
    @Transactional
    public Sent sendToAll(String subject, String body) {
        return sendTo(consents.standingIds(), subject, body);
    }

    /** Sends the issue to these subscribers (those who withdrew their consent are skipped). */
    @Transactional
    public Sent sendTo(List<Long> subscriberIds, String subject, String body) {
        int sent = 0;
        int held = 0;
        for (long id : subscriberIds) {
            Optional<NewsletterConsents.Subscriber> subscription = consents.standing(id);
            if (subscription.isEmpty()) {
                continue;
            }
            String email = subscription.get().email();
            DataSubject subscriber = new DataSubject(Set.of(), Set.of(), Set.of(email));
            if (!guard.mayUse("newsletter", CATEGORIES, subscriber, "newsletter issue", "newsletter-subscriber:" + id)) {
                held++;
                continue;
            }
            mail.send(null, email, subject, body + "\n\n--\nPeru uutiskirje / Avbeställ / Unsubscribe: " + publicUrl
                    + "/newsletter/unsubscribe/" + subscription.get().unsubscribeToken());
            sent++;
        }
        log.info("Newsletter issue: {} letters queued, {} held back by a restriction", sent, held);
        return new Sent(sent, held);
    }
}
