package fi.tietovahti.registers.collection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Unpaid rent of one tenancy under collection, from the first reminder to the bailiff. */
@Entity
public class CollectionCase {
    public enum Status { OPEN, PLAN, PAID, HANDED_OVER, IN_COURT, ENFORCEMENT, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long tenancyId;
    LocalDate openedOn;
    long principalCents;
    @Enumerated(EnumType.STRING)
    Status status;
    LocalDate closedOn;

    protected CollectionCase() {
    }
}
