package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing the second approval (four eyes): another person than the first approver and the asker. */
@Component("recordSecondDisclosureApproval")
class RecordSecondDisclosureApprovalListener implements TaskListener {

    private final DisclosureRequests requests;

    RecordSecondDisclosureApprovalListener(DisclosureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        RecordDisclosureApprovalListener.record(task, requests, "secondApprovalDecision", true);
    }
}
