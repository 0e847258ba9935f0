package fi.tietovahti.registers.keys;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An electronic lock's log line: which tag opened (or failed to open) which door, when. */
@Entity
public class LockEvent {
    public enum Outcome { OPENED, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long apartmentId;
    String keySerial;
    String door;
    Instant occurredAt;
    @Enumerated(EnumType.STRING)
    Outcome outcome;

    protected LockEvent() {
    }
}
