package fi.tietovahti.registers.collection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** One step of a collection case: reminder, collection letter, hand-over, rescission, court, bailiff, eviction. */
@Entity
public class CollectionStep {
    public enum Type { PAYMENT_REMINDER, COLLECTION_LETTER, HANDOVER_TO_AGENCY, PAYMENT_PLAN, DISPUTE, RESCISSION,
        COURT_FILING, JUDGMENT, BAILIFF, EVICTION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long caseId;
    @Enumerated(EnumType.STRING)
    Type stepType;
    LocalDate stepDate;
    long feeCents;
    String note;

    protected CollectionStep() {
    }
}
