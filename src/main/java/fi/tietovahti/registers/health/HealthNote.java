package fi.tietovahti.registers.health;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** COVID-related health data a resident gave (in a call or a fault report): a special category (Art. 9). */
@Entity
public class HealthNote {
    public enum Channel { PHONE, FAULT_REPORT, EMAIL, OFFICE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long personId;
    Instant recordedAt;
    @Enumerated(EnumType.STRING)
    Channel channel;
    String note;

    protected HealthNote() {
    }
}
