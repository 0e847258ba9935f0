package fi.tietovahti.disclosure;

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
        Decided decided = Decided.by(task, NOTE);
        if (Verdict.of(task.getVariable(variable)) == Verdict.APPROVE) {
            requests.approve(decided.reference(), decided.user(), second);
        } else {
            requests.refuseBy(decided.reference(), decided.user(), decided.note());
        }
    }
}
