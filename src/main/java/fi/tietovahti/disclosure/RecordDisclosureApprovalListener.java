package fi.tietovahti.disclosure;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "approve the disclosure": the approver's name on the request, or the refusal with the approver's reason
 * (a note that may name people: it goes to the request, never to history). The person who asked cannot approve.
 */
@Component("recordDisclosureApproval")
class RecordDisclosureApprovalListener implements TaskListener {

    static final String NOTE = "sensitiveApprovalNote";

    private final DisclosureRequests requests;

    RecordDisclosureApprovalListener(DisclosureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        record(task, requests, "approvalDecision", false);
    }

    static void record(DelegateTask task, DisclosureRequests requests, String variable, boolean second) {
        Object note = task.getVariable(NOTE);
        task.getExecution().removeVariable(NOTE);
        String user = Authenticated.userIdOrNull(task);
        if (user == null) {
            throw new IllegalStateException("an approval is a person's: nobody is logged in");
        }
        String reference = task.getExecution().getProcessBusinessKey();
        if (Verdict.of(task.getVariable(variable)) == Verdict.APPROVE) {
            requests.approve(reference, user, second);
        } else {
            requests.refuseBy(reference, user, note == null ? null : note.toString());
        }
    }
}
