package fi.tietovahti.disturbance;

import fi.tietovahti.platform.Authenticated;
import fi.tietovahti.platform.FormDate;
import fi.tietovahti.processes.DisturbanceProcess;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing a task of the disturbance process: the step is carried out on the file, or refused with the reason
 * (Tasklist shows it and the task stays). The conduct and the reasons, which may name people, go to the register and
 * are taken out of the process's variables here.
 */
@Component("recordDisturbanceStep")
class RecordDisturbanceStepListener implements TaskListener {

    static final String CONDUCT = "sensitiveConduct";
    static final String REASONS = "sensitiveExceptionReasons";

    private final DisturbanceCases cases;

    RecordDisturbanceStepListener(DisturbanceCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = Authenticated.userIdOrNull(task);
        if (user == null) {
            throw new IllegalStateException("this step is recorded by a person: nobody is logged in");
        }
        String reference = task.getExecution().getProcessBusinessKey();
        switch (task.getTaskDefinitionKey()) {
            case DisturbanceProcess.Element.INVESTIGATE_COMPLAINT -> {
                Object conduct = task.getVariable(CONDUCT);
                Object reasons = task.getVariable(REASONS);
                task.getExecution().removeVariable(CONDUCT);
                task.getExecution().removeVariable(REASONS);
                String eviction = cases.investigated(reference,
                        DisturbanceCases.Outcome.valueOf(text(task, "investigationOutcome")),
                        conduct == null ? null : conduct.toString(),
                        optional(task, "remarkHow") == null ? null
                                : DisturbanceCases.RemarkHow.valueOf(optional(task, "remarkHow")),
                        optional(task, "exceptionBasis") == null ? null
                                : DisturbanceCases.ExceptionBasis.valueOf(optional(task, "exceptionBasis")),
                        reasons == null ? null : reasons.toString(), user);
                task.getExecution().setVariable("evictionReference", eviction);
            }
            case DisturbanceProcess.Element.RECORD_WARNING_DELIVERY -> cases.warningDelivered(reference,
                    DisturbanceCases.WarningDelivery.valueOf(text(task, "warningDeliveredHow")),
                    day(task, "warningDeliveredOn"));
            case DisturbanceProcess.Element.FOLLOW_UP_AFTER_WARNING -> cases.followedUp(reference,
                    DisturbanceCases.FollowUp.valueOf(text(task, "followUpOutcome")), day(task, "followUpOn"));
            case DisturbanceProcess.Element.DECIDE_RESCISSION_FOR_CONDUCT -> task.getExecution().setVariable(
                    "evictionReference", cases.decided(reference,
                            DisturbanceCases.RescissionDecision.valueOf(text(task, "rescissionDecision")), user));
            default -> throw new IllegalStateException("no disturbance step for task " + task.getTaskDefinitionKey());
        }
    }

    private static String optional(DelegateTask task, String variable) {
        Object v = task.getVariable(variable);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    private static String text(DelegateTask task, String variable) {
        String v = optional(task, variable);
        if (v == null) {
            throw new IllegalArgumentException(variable + " is needed");
        }
        return v;
    }

    private static LocalDate day(DelegateTask task, String variable) {
        return FormDate.day(task.getVariable(variable), variable);
    }
}
