package fi.tietovahti.registers.disturbance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A remark or a written warning given in a disturbance file, with its ground and how it was delivered. */
@Entity
public class DisturbanceSanction {
    public enum Kind { REMARK, WARNING }

    public enum Delivery { REGISTERED_LETTER, IN_PERSON, BAILIFF, EMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long caseId;
    @Enumerated(EnumType.STRING)
    Kind kind;
    LocalDate issuedOn;
    String ground;
    @Enumerated(EnumType.STRING)
    Delivery delivery;
    LocalDate deliveredOn;

    protected DisturbanceSanction() {
    }
}
