package fi.tietovahti.registers.tenancy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** Temporary (evacuation) housing during a renovation or after damage. */
@Entity
public class EvacuationHousing {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Tenancy tenancy;
    String temporaryAddress;
    LocalDate startDate;
    LocalDate endDate;
    String reason;

    protected EvacuationHousing() {
    }

    public EvacuationHousing(Tenancy tenancy, String temporaryAddress, LocalDate startDate, LocalDate endDate,
                             String reason) {
        this.tenancy = tenancy;
        this.temporaryAddress = temporaryAddress;
        this.startDate = startDate;
        this.endDate = endDate;
        this.reason = reason;
    }
}
