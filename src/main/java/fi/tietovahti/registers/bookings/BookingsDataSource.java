package fi.tietovahti.registers.bookings;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Parking, sauna and laundry bookings. */
@Component
class BookingsDataSource extends RegisterSource {

    static final String RESERVATION = "bookings.reservation";

    private final BookingRepository bookings;

    BookingsDataSource(BookingRepository bookings, ProcessingRestrictions restrictions) {
        super("bookings", Set.of(RESERVATION), restrictions);
        this.bookings = bookings;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        for (Booking b : bookings.findByPersonIdInOrderByStartsAt(subject.personIds())) {
            records.add(RESERVATION, "booking:" + b.id, "Booking", b.startsAt)
                    .field("resource", b.resourceType.name())
                    .field("label", b.resourceLabel)
                    .field("startsAt", b.startsAt)
                    .field("endsAt", b.endsAt)
                    .field("recurrence", b.recurrence.name());
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(RESERVATION) != ErasureAction.KEEP && !subject.personIds().isEmpty()) {
            report.add(RESERVATION, ErasureAction.ERASE, bookings.deleteByPersonIds(subject.personIds()));
        }
        return report.build();
    }
}
