package fi.tietovahti.erasure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
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

    FindEndedHoldsDelegate(ErasureHolds holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        String[] others = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ErasureHolds.SWEEP_PROCESS).list().stream().map(ProcessInstance::getId)
                .filter(id -> !id.equals(execution.getProcessInstanceId())).toArray(String[]::new);
        Set<Long> inEarlierSweep = new HashSet<>();
        if (others.length > 0) {
            runtime.createVariableInstanceQuery().variableName(CASE_ID).processInstanceIdIn(others).list().stream()
                    .map(VariableInstance::getValue).forEach(v -> inEarlierSweep.add(((Number) v).longValue()));
        }
        List<Long> due = new ArrayList<>(holds.due());
        due.removeAll(inEarlierSweep);
        execution.setVariable(CASE_IDS, Variables.objectValue(due).serializationDataFormat(
                Variables.SerializationDataFormats.JSON).create());
    }
}
