package fi.tietovahti.registers.dooropening;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Door-opening requests and visits. */
@Component
class DoorOpeningDataSource extends RegisterSource {

    static final String VISIT = "door-opening.visit";

    private final DoorOpeningRepository openings;

    DoorOpeningDataSource(DoorOpeningRepository openings, ProcessingRestrictions restrictions) {
        super("door-opening", Set.of(VISIT), restrictions);
        this.openings = openings;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        for (DoorOpening d : openings.findByPersonIdInOrderByRequestedAt(subject.personIds())) {
            records.add(VISIT, "door_opening:" + d.id, "Door opening", d.requestedAt)
                    .field("apartmentId", d.apartmentId)
                    .field("requestedAt", d.requestedAt)
                    .field("openedAt", d.openedAt)
                    .thirdParty("identityCheckedBy", d.identityCheckedBy)
                    .field("feeEur", BigDecimal.valueOf(d.feeCents, 2));
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(VISIT) != ErasureAction.KEEP && !subject.personIds().isEmpty()) {
            report.add(VISIT, ErasureAction.ERASE, openings.deleteByPersonIds(subject.personIds()));
        }
        return report.build();
    }
}
