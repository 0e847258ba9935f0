package fi.tietovahti.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One data-subject request. Its case number is the business key of every process instance of the case. */
@Entity
public class PrivacyCase {
    public enum Type { ACCESS, ERASURE, RECTIFICATION, RESTRICTION, PORTABILITY, OBJECTION }

    public enum Channel { EMAIL, DESK, REST, LETTER }

    /** How a case ended. DELIVERED: an access report; ANSWERED: the decision on another right. */
    public enum Outcome { DELIVERED, ANSWERED, NO_DATA, UNVERIFIED, REFUSED, WITHDRAWN }

    /** Why the time to answer was extended: the only two reasons GDPR Art. 12(3) allows, or both. */
    public enum ExtensionGround { COMPLEXITY, NUMBER_OF_REQUESTS, BOTH }

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
    boolean onBehalfOfMinor;
    LocalDate legalDeadline;
    LocalDate internalTarget;
    int identityPausedDays;
    Integer extensionMonths;
    String extensionReason;
    @Enumerated(EnumType.STRING)
    ExtensionGround extensionGround;
    String extendedBy;
    Instant extendedAt;
    Instant acknowledgedAt;
    Long subjectPersonId;
    String subjectMatchedHow;
    String guardianshipNote;
    Boolean straightThrough;
    Instant deliveredAt;
    Instant closedAt;
    @Enumerated(EnumType.STRING)
    Outcome outcome;
    Boolean onTimeLegal;
    Boolean onTimeTarget;
    /** Written by the email intake (what decided the request's type) and by a bounce of our letter; read here. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
    String decidedBy;
    @jakarta.persistence.Column(insertable = false, updatable = false)
    Boolean letterDeliveryFailed;

    protected PrivacyCase() {
    }

    PrivacyCase(String caseNumber, Type caseType, Instant receivedAt, String language, Channel channel,
                String requesterName, String requesterEmail, String requesterPhone, boolean onBehalfOfMinor,
                Instant createdAt) {
        this.onBehalfOfMinor = onBehalfOfMinor;
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

    public Type getCaseType() {
        return caseType;
    }

    public String getLanguage() {
        return language;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public boolean isOnBehalfOfMinor() {
        return onBehalfOfMinor;
    }

    public LocalDate getLegalDeadline() {
        return legalDeadline;
    }

    public LocalDate getInternalTarget() {
        return internalTarget;
    }

    public int getIdentityPausedDays() {
        return identityPausedDays;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public ExtensionGround getExtensionGround() {
        return extensionGround;
    }

    public Long getSubjectPersonId() {
        return subjectPersonId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public Boolean getOnTimeLegal() {
        return onTimeLegal;
    }

    public Boolean getOnTimeTarget() {
        return onTimeTarget;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isLetterDeliveryFailed() {
        return Boolean.TRUE.equals(letterDeliveryFailed);
    }

    public Boolean getStraightThrough() {
        return straightThrough;
    }
}
