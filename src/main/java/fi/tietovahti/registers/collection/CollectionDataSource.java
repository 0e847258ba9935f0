package fi.tietovahti.registers.collection;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Collection and eviction steps of the tenancies in which the subject is a contract party. */
@Component
class CollectionDataSource extends RegisterSource {

    static final String CASE = "collection.case";
    static final String STEP = "collection.step";

    private final CollectionCaseRepository cases;
    private final CollectionStepRepository steps;

    CollectionDataSource(CollectionCaseRepository cases, CollectionStepRepository steps,
                         ProcessingRestrictions restrictions) {
        super("collection", Set.of(CASE, STEP), restrictions);
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.contractTenancyIds().isEmpty()) {
            return;
        }
        List<CollectionCase> found = cases.findByTenancyIdInOrderByOpenedOn(subject.contractTenancyIds());
        for (CollectionCase c : found) {
            records.add(CASE, "collection_case:" + c.id, "Collection case", c.openedOn)
                    .field("tenancyId", c.tenancyId)
                    .field("openedOn", c.openedOn)
                    .field("principalEur", BigDecimal.valueOf(c.principalCents, 2))
                    .field("status", c.status.name())
                    .field("closedOn", c.closedOn);
        }
        if (found.isEmpty()) {
            return;
        }
        for (CollectionStep s : steps.findByCaseIdInOrderByStepDate(found.stream().map(c -> c.id).toList())) {
            records.add(STEP, "collection_step:" + s.id, "Collection step", s.stepDate)
                    .field("caseId", s.caseId)
                    .field("step", s.stepType.name())
                    .field("date", s.stepDate)
                    .field("feeEur", BigDecimal.valueOf(s.feeCents, 2))
                    .field("note", s.note);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        Set<Long> tenancies = subject.contractTenancyIds();
        if (tenancies.isEmpty()) {
            return report.build();
        }
        ErasureAction step = plan.actionFor(STEP);
        ErasureAction kase = plan.actionFor(CASE);
        // a case cannot go while its steps stay: erasing the case erases its steps with it
        if (step == ErasureAction.ERASE || kase == ErasureAction.ERASE) {
            report.add(STEP, ErasureAction.ERASE, steps.deleteByTenancyIds(tenancies));
        } else if (step == ErasureAction.ANONYMISE) {
            report.add(STEP, step, steps.clearNotes(tenancies));
        }
        if (kase == ErasureAction.ERASE) {
            report.add(CASE, kase, cases.deleteByTenancyIds(tenancies));
        }
        return report.build();
    }
}
