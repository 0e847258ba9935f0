package fi.tietovahti.registers.maintenance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A fault report (vikailmoitus) a resident made about their apartment. */
@Entity
public class FaultReport {
    public enum Status { NEW, IN_PROGRESS, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long apartmentId;
    Long reporterPersonId;
    Instant reportedAt;
    String description;
    boolean permissionToEnter;
    @Enumerated(EnumType.STRING)
    Status status;

    protected FaultReport() {
    }
}
