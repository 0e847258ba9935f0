package fi.tietovahti.registers.dooropening;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A door-opening request (locked out) and the visit that answered it. */
@Entity
public class DoorOpening {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long personId;
    Long apartmentId;
    Instant requestedAt;
    Instant openedAt;
    String identityCheckedBy;
    long feeCents;

    protected DoorOpening() {
    }
}
