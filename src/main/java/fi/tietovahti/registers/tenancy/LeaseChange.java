package fi.tietovahti.registers.tenancy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A change in the tenancy: family size, house-register notice, sublet permit, transfer or termination. */
@Entity
public class LeaseChange {
    public enum Type { FAMILY_SIZE, HOUSE_REGISTER_NOTICE, SUBLET_PERMIT, TRANSFER, TERMINATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Tenancy tenancy;
    @Enumerated(EnumType.STRING)
    Type changeType;
    LocalDate effectiveDate;
    String details;

    protected LeaseChange() {
    }

    public LeaseChange(Tenancy tenancy, Type changeType, LocalDate effectiveDate, String details) {
        this.tenancy = tenancy;
        this.changeType = changeType;
        this.effectiveDate = effectiveDate;
        this.details = details;
    }
}
