package fi.tietovahti.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One data-subject request. Its case number is the business key of every process instance of the case. */
@Entity
public class PrivacyCase {
    public enum Type { ACCESS, ERASURE, RECTIFICATION, RESTRICTION, PORTABILITY, OBJECTION }

    public enum Channel { EMAIL, DESK, REST, LETTER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String caseNumber;
    @Enumerated(EnumType.STRING)
    Type caseType;
    Instant receivedAt;
    String language;
    @Enumerated(EnumType.STRING)
    Channel channel;
    String requesterName;
    String requesterEmail;
    String requesterPhone;
    Instant createdAt;

    protected PrivacyCase() {
    }

    PrivacyCase(String caseNumber, Type caseType, Instant receivedAt, String language, Channel channel,
                String requesterName, String requesterEmail, String requesterPhone, Instant createdAt) {
        this.caseNumber = caseNumber;
        this.caseType = caseType;
        this.receivedAt = receivedAt;
        this.language = language;
        this.channel = channel;
        this.requesterName = requesterName;
        this.requesterEmail = requesterEmail;
        this.requesterPhone = requesterPhone;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getLanguage() {
        return language;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }
}
