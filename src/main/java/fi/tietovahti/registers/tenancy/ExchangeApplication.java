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

/**
 * A tenant's application to exchange apartments, handled with the city's housing services. Not to be confused
 * with the apartment-exchange marketplace accounts, a register of its own that is never disclosed.
 */
@Entity
public class ExchangeApplication {
    public enum Status { PENDING, FORWARDED, OFFERED, COMPLETED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Tenancy tenancy;
    LocalDate submittedOn;
    String desiredDistricts;
    String desiredRooms;
    String reason;
    @Enumerated(EnumType.STRING)
    Status status;

    protected ExchangeApplication() {
    }
}
