package fi.tietovahti.restriction;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "restriction in force": the end condition the handler names is recorded with the case (it may name
 * people: it never reaches history), or the completion is refused with the reason.
 */
@Component("recordEndCondition")
class RecordEndConditionListener implements TaskListener {

    static final String REASON = "sensitiveLiftReason";

    private final Restrictions restrictions;

    RecordEndConditionListener(Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    @Override
    public void notify(DelegateTask task) {
        Object reason = task.getVariable(REASON);
        task.getExecution().removeVariable(REASON);
        String user = fi.tietovahti.platform.Authenticated.userIdOrNull(task);
        restrictions.endConditionMet(task.getExecution().getProcessBusinessKey(),
                reason == null ? null : reason.toString(), user);
    }
}
