package fi.tietovahti.access;

import fi.tietovahti.cases.CaseRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task CollectPersonalData: every register contributes to the case's snapshot; decides whether a review is
 * needed.
 */
@Component("collectPersonalData")
class CollectPersonalDataDelegate implements JavaDelegate {

    private final AccessSnapshots snapshots;
    private final AccessProperties properties;
    private final CaseRegistry cases;

    CollectPersonalDataDelegate(AccessSnapshots snapshots, AccessProperties properties, CaseRegistry cases) {
        this.snapshots = snapshots;
        this.properties = properties;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessSnapshots.Collected collected = snapshots.collect(execution.getProcessBusinessKey());
        boolean straightThrough = collected.thirdPartyItems() == 0 && properties.isStraightThrough();
        cases.markStraightThrough(execution.getProcessBusinessKey(), straightThrough);
        execution.setVariable("recordCount", collected.records());
        execution.setVariable("thirdPartyItemCount", collected.thirdPartyItems());
        execution.setVariable("straightThrough", straightThrough);
    }
}
