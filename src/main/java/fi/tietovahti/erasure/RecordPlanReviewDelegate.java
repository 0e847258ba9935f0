package fi.tietovahti.erasure;

import fi.tietovahti.platform.Authenticated;
import fi.tietovahti.platform.FormDate;
import fi.tietovahti.platform.FormLists;
import java.time.LocalDate;
import java.util.HashSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task RecordPlanReview: the handler's changes to the plan, with the reason (which may name people: it
 * goes to the case tables, never to history). A change that cannot be applied fails the task's completion with
 * the reason, and nothing changes.
 */
@Component("recordPlanReview")
class RecordPlanReviewDelegate implements JavaDelegate {

    static final String REASON = "sensitiveChangeReason";

    private final ErasureRequests requests;

    RecordPlanReviewDelegate(ErasureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(REASON);
        execution.removeVariable(REASON);
        ErasureRequests.Review review = new ErasureRequests.Review(
                new HashSet<>(FormLists.strings(execution.getVariable("eraseInstead"))),
                new HashSet<>(FormLists.strings(execution.getVariable("keepInstead"))),
                date(execution.getVariable("keepUntil")), reason == null ? null : reason.toString(),
                Boolean.TRUE.equals(execution.getVariable("notifyWhenHoldEnds")));
        boolean dpo = requests.review(execution.getProcessBusinessKey(), review, Authenticated.userId(execution));
        execution.setVariable("dpoApprovalNeeded", dpo);
    }

    private static LocalDate date(Object value) {
        try {
            return FormDate.dayOrNull(value, "keepUntil");
        } catch (FormDate.NotADate e) {
            throw new ErasureRequests.InvalidReview(e.getMessage());
        }
    }
}
