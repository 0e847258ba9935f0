package fi.tietovahti.rectification;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task ApplyRectification: the handler's decision, applied through the register (or the rejection recorded).
 * The values and reasons are personal data: they go to the case tables, never to history. An incomplete decision
 * fails the task's completion with the reason.
 */
@Component("applyRectification")
class ApplyRectificationDelegate implements JavaDelegate {

    static final String VALUE = "sensitiveNewValue";
    static final String REASON = "sensitiveRectificationReason";

    private final Rectifications rectifications;

    ApplyRectificationDelegate(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object value = execution.getVariable(VALUE);
        Object reason = execution.getVariable(REASON);
        execution.removeVariable(VALUE);
        execution.removeVariable(REASON);
        RectificationDecision decision;
        try {
            decision = RectificationDecision.valueOf(String.valueOf(execution.getVariable(
                    RectificationDecision.VARIABLE)));
        } catch (IllegalArgumentException e) {
            throw new Rectifications.InvalidDecision("accept or reject the correction");
        }
        Object field = execution.getVariable("rectifiedField");
        boolean applied = rectifications.decide(execution.getProcessBusinessKey(), decision == RectificationDecision.ACCEPT,
                field == null ? null : field.toString(), value == null ? null : value.toString(),
                reason == null ? null : reason.toString(), Authenticated.userId(execution));
        execution.setVariable("rectificationApplied", applied);
    }
}
