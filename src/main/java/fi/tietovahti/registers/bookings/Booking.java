package fi.tietovahti.registers.bookings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A parking space, sauna or laundry slot booked by a resident. */
@Entity
public class Booking {
    public enum Resource { PARKING, SAUNA, LAUNDRY }

    public enum Recurrence { NONE, WEEKLY, CONTINUOUS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long personId;
    @Enumerated(EnumType.STRING)
    Resource resourceType;
    String resourceLabel;
    Instant startsAt;
    Instant endsAt;
    @Enumerated(EnumType.STRING)
    Recurrence recurrence;

    protected Booking() {
    }
}
