package fi.tietovahti.registers.newsletter;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A newsletter subscription: email required, the rest optional; held on consent until unsubscribed. */
@Entity
public class NewsletterSubscriber {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String email;
    String name;
    String regionalOffice;
    String activityBackground;
    Instant consentGivenAt;
    String consentText;
    String unsubscribeToken;
    Instant unsubscribedAt;

    protected NewsletterSubscriber() {
    }
}
