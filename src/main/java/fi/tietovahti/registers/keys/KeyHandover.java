package fi.tietovahti.registers.keys;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A key or electronic tag handed to a resident. */
@Entity
public class KeyHandover {
    public enum KeyType { MECHANICAL, ELECTRONIC_TAG }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long tenancyId;
    Long personId;
    String keySerial;
    @Enumerated(EnumType.STRING)
    KeyType keyType;
    LocalDate handedOverOn;
    LocalDate returnedOn;

    protected KeyHandover() {
    }
}
