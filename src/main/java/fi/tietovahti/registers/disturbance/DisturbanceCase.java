package fi.tietovahti.registers.disturbance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A disturbance file about one tenancy. */
@Entity
public class DisturbanceCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long tenancyId;
    LocalDate openedOn;
    String summary;
    LocalDate closedOn;

    protected DisturbanceCase() {
    }
}
