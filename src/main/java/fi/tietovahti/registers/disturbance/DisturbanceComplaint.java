package fi.tietovahti.registers.disturbance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A complaint in a disturbance file. The complainant is a separate person (a resident, or an outsider by name):
 * in the report of the person complained about, the complainant is third-party data to be considered for redaction.
 */
@Entity
public class DisturbanceComplaint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long caseId;
    Long complainantPersonId;
    String complainantName;
    String complainantContact;
    LocalDate receivedOn;
    String description;

    protected DisturbanceComplaint() {
    }
}
