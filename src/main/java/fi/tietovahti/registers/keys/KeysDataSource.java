package fi.tietovahti.registers.keys;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Keys handed to the subject and the electronic lock events of their tags. */
@Component
class KeysDataSource extends RegisterSource {

    static final String HANDOVER = "keys.handover";
    static final String LOCK_EVENT = "keys.lock-event";

    private final KeyHandoverRepository handovers;
    private final LockEventRepository events;

    KeysDataSource(KeyHandoverRepository handovers, LockEventRepository events, ProcessingRestrictions restrictions) {
        super("keys", Set.of(HANDOVER, LOCK_EVENT), restrictions);
        this.handovers = handovers;
        this.events = events;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        for (KeyHandover k : handovers.findByPersonIdInOrderByHandedOverOn(subject.personIds())) {
            records.add(HANDOVER, "key_handover:" + k.id, "Key handover", k.handedOverOn)
                    .field("keySerial", k.keySerial)
                    .field("keyType", k.keyType.name())
                    .field("handedOverOn", k.handedOverOn)
                    .field("returnedOn", k.returnedOn);
        }
        for (LockEvent e : events.findHeldBy(subject.personIds())) {
            records.add(LOCK_EVENT, "lock_event:" + e.id, "Lock event", e.occurredAt)
                    .field("keySerial", e.keySerial)
                    .field("door", e.door)
                    .field("occurredAt", e.occurredAt)
                    .field("outcome", e.outcome.name());
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (subject.personIds().isEmpty()) {
            return report.build();
        }
        // events are found through the handover: they go first, or they could no longer be found
        if (plan.actionFor(LOCK_EVENT) != ErasureAction.KEEP) {
            report.add(LOCK_EVENT, ErasureAction.ERASE, events.deleteHeldBy(subject.personIds()));
        }
        if (plan.actionFor(HANDOVER) != ErasureAction.KEEP) {
            report.add(HANDOVER, ErasureAction.ERASE, handovers.deleteByPersonIds(subject.personIds()));
        }
        return report.build();
    }
}
