package fi.tietovahti.registers.maintenance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Maintenance or repair work done in an apartment, attributed to the tenancy of the time. */
@Entity
public class MaintenanceWork {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long apartmentId;
    Long tenancyId;
    Long faultReportId;
    LocalDate performedOn;
    String workType;
    String contractor;
    String description;

    protected MaintenanceWork() {
    }
}
