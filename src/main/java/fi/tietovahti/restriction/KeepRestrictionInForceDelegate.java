package fi.tietovahti.restriction;

import fi.tietovahti.platform.Workflow;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task KeepRestrictionInForce: an applied restriction outlives its request, whose case is answered and
 * closed now; its life (review, telling the person, lifting) is process restriction-in-force, under the same case
 * number so that the person's replies reach it.
 */
@Component("keepRestrictionInForce")
class KeepRestrictionInForceDelegate implements JavaDelegate {

    static final String REVIEW_ON = fi.tietovahti.processes.RestrictionInForceProcess.Variable.RESTRICTION_REVIEW_ON;

    private final Workflow workflow;

    KeepRestrictionInForceDelegate(Workflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REVIEW_ON, execution.getVariable(REVIEW_ON));
        // the in-force task shows the ground
        variables.put(ApplyRestrictionDelegate.GROUND, execution.getVariable(ApplyRestrictionDelegate.GROUND));
        workflow.start(fi.tietovahti.processes.RestrictionInForceProcess.KEY, execution.getProcessBusinessKey(), variables);
    }
}
