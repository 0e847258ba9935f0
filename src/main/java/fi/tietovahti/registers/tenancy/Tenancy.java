package fi.tietovahti.registers.tenancy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A lease of one apartment. */
@Entity
public class Tenancy {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String contractNumber;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Apartment apartment;
    LocalDate startDate;
    LocalDate endDate;
    BigDecimal monthlyRent;
    BigDecimal deposit;

    protected Tenancy() {
    }

    public Tenancy(String contractNumber, Apartment apartment, LocalDate startDate, LocalDate endDate,
                   BigDecimal monthlyRent, BigDecimal deposit) {
        this.contractNumber = contractNumber;
        this.apartment = apartment;
        this.startDate = startDate;
        this.endDate = endDate;
        this.monthlyRent = monthlyRent;
        this.deposit = deposit;
    }

    public Long getId() {
        return id;
    }
}
