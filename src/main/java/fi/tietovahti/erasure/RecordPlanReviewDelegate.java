package fi.tietovahti.erasure;

import fi.tietovahti.platform.Authenticated;
import fi.tietovahti.platform.FormLists;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneId.of("Europe/Helsinki")).toLocalDate();
        }
        try {
            // Tasklist's date field submits yyyy-MM-dd
            return LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
        } catch (DateTimeParseException e) {
            throw new ErasureRequests.InvalidReview("the hold's end is not a date: use yyyy-mm-dd");
        }
    }
}
