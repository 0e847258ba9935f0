package fi.tietovahti.tenancy;

import fi.tietovahti.platform.Authenticated;
import fi.tietovahti.platform.FormDate;
import fi.tietovahti.processes.EvictionProcess;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing a task of the eviction: the step it records is carried out on the case, or refused with the reason
 * (Tasklist shows it and the task stays). Each task records something that has happened, by a person.
 */
@Component("recordEvictionStep")
class RecordEvictionStepListener implements TaskListener {

    private final Evictions evictions;

    RecordEvictionStepListener(Evictions evictions) {
        this.evictions = evictions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (Authenticated.userIdOrNull(task) == null) {
            throw new IllegalStateException("this step is recorded by a person: nobody is logged in");
        }
        String reference = task.getExecution().getProcessBusinessKey();
        switch (task.getTaskDefinitionKey()) {
            case EvictionProcess.Element.RECORD_NOTICE_SERVICE -> evictions.served(reference,
                    Evictions.ServedHow.valueOf(text(task, "servedHow")), day(task, "servedOn"));
            case EvictionProcess.Element.DID_THE_TENANT_LEAVE -> {
                if (Evictions.TenantLeft.valueOf(text(task, "tenantLeft")) == Evictions.TenantLeft.MOVED_OUT) {
                    evictions.movedOut(reference, day(task, "movedOutOn"), false);
                }
            }
            case EvictionProcess.Element.FILE_IN_DISTRICT_COURT -> evictions.filedInCourt(reference,
                    day(task, "courtFiledOn"), text(task, "courtCase"));
            case EvictionProcess.Element.RECORD_JUDGMENT -> evictions.judgment(reference, day(task, "judgmentOn"),
                    Evictions.Judgment.valueOf(text(task, "judgment")));
            case EvictionProcess.Element.APPLY_TO_BAILIFF -> evictions.appliedToBailiff(reference,
                    day(task, "bailiffAppliedOn"));
            case EvictionProcess.Element.RECORD_MOVING_DAY -> evictions.movingDay(reference,
                    day(task, "movingNoticeReceivedOn"), day(task, "movingDay"),
                    Boolean.TRUE.equals(task.getVariable("postponedWithConsent")));
            case EvictionProcess.Element.RECORD_EVICTION -> evictions.movedOut(reference, day(task, "evictedOn"), true);
            case EvictionProcess.Element.DECIDE_AFTER_PAYMENT -> {
                if (Evictions.AfterPayment.valueOf(text(task, "afterPaymentDecision")) == Evictions.AfterPayment.CANCEL) {
                    evictions.cancel(reference);
                }
            }
            default -> throw new IllegalStateException("no eviction step for task " + task.getTaskDefinitionKey());
        }
    }

    private static String text(DelegateTask task, String variable) {
        Object v = task.getVariable(variable);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException(variable + " is needed");
        }
        return v.toString();
    }

    private static LocalDate day(DelegateTask task, String variable) {
        return FormDate.day(task.getVariable(variable), variable);
    }
}
