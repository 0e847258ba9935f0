package fi.tietovahti.registers.health;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/** COVID-era health data (special category). Health data is never anonymised in place: it is erased. */
@Component
class HealthDataSource extends RegisterSource {

    static final String COVID = "health.covid";

    private final HealthNoteRepository notes;

    HealthDataSource(HealthNoteRepository notes, ProcessingRestrictions restrictions) {
        super("health", Set.of(COVID), restrictions);
        this.notes = notes;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        for (HealthNote h : notes.findByPersonIdInOrderByRecordedAt(subject.personIds())) {
            records.add(COVID, "health_note:" + h.id, "COVID-related health information", h.recordedAt)
                    .field("recordedAt", h.recordedAt)
                    .field("channel", h.channel.name())
                    .field("note", h.note);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(COVID) != ErasureAction.KEEP && !subject.personIds().isEmpty()) {
            report.add(COVID, ErasureAction.ERASE, notes.deleteByPersonIds(subject.personIds()));
        }
        return report.build();
    }
}
