package fi.tietovahti.registers.consumption;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A month's metered consumption of an apartment, attributed to the tenancy of that month. */
@Entity
public class ConsumptionReading {
    public enum Kind { COLD_WATER, HOT_WATER, ELECTRICITY, HEATING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long apartmentId;
    Long tenancyId;
    LocalDate periodMonth;
    @Enumerated(EnumType.STRING)
    Kind kind;
    BigDecimal quantity;
    String unit;

    protected ConsumptionReading() {
    }
}
