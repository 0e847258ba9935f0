package fi.tietovahti.registers.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a tenancy's rent ledger: an invoice, a payment or a credit. Amounts are in cents. */
@Entity
public class LedgerEntry {
    public enum Type { INVOICE, PAYMENT, CREDIT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long tenancyId;
    @Enumerated(EnumType.STRING)
    Type entryType;
    LocalDate entryDate;
    LocalDate dueDate;
    long amountCents;
    String reference;
    String description;

    protected LedgerEntry() {
    }

    BigDecimal amount() {
        return BigDecimal.valueOf(amountCents, 2);
    }
}
