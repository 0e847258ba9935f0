package fi.tietovahti.registers.consumption;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Apartment consumption and energy readings of the subject's tenancies. */
@Component
class ConsumptionDataSource extends RegisterSource {

    static final String READING = "consumption.reading";

    private final ConsumptionReadingRepository readings;

    ConsumptionDataSource(ConsumptionReadingRepository readings, ProcessingRestrictions restrictions) {
        super("consumption", Set.of(READING), restrictions);
        this.readings = readings;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.contractTenancyIds().isEmpty()) {
            return;
        }
        for (ConsumptionReading r : readings.findByTenancyIdInOrderByPeriodMonthAscKindAsc(subject.contractTenancyIds())) {
            records.add(READING, "consumption_reading:" + r.id, "Consumption reading", r.periodMonth)
                    .field("month", r.periodMonth)
                    .field("kind", r.kind.name())
                    .field("quantity", r.quantity)
                    .field("unit", r.unit);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        Set<Long> tenancies = subject.contractTenancyIds();
        if (tenancies.isEmpty()) {
            return report.build();
        }
        switch (plan.actionFor(READING)) {
            case ERASE -> report.add(READING, plan.actionFor(READING), readings.deleteByTenancyIds(tenancies));
            case ANONYMISE -> report.add(READING, plan.actionFor(READING), readings.detachFromTenancies(tenancies));
            case KEEP -> { }
        }
        return report.build();
    }
}
