package fi.tietovahti.erasure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import fi.tietovahti.platform.Workflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Service task FindEndedHolds: the cases whose holds the sweep decides tonight, as {@code caseIds} (case ids, no
 * personal data). A case still in an earlier night's sweep (its release failed and stands as an incident) is left to
 * that one, so that a failing case is one incident, not one more every night.
 */
@Component("findEndedHolds")
class FindEndedHoldsDelegate implements JavaDelegate {

    static final String CASE_IDS = "caseIds";
    static final String CASE_ID = "caseId";

    private final ErasureHolds holds;
    private final Workflow workflow;

    FindEndedHoldsDelegate(ErasureHolds holds, Workflow workflow) {
        this.holds = holds;
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<Long> inEarlierSweep = new HashSet<>();
        workflow.valuesInRunning(ErasureHolds.SWEEP_PROCESS, CASE_ID, execution.getProcessInstanceId())
                .forEach(v -> inEarlierSweep.add(((Number) v).longValue()));
        List<Long> due = new ArrayList<>(holds.due());
        due.removeAll(inEarlierSweep);
        execution.setVariable(CASE_IDS, Variables.objectValue(due).serializationDataFormat(
                Variables.SerializationDataFormats.JSON).create());
    }
}
