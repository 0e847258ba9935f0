package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task DecideDisclosure: the decision table and the checks beside it decide the next step; the approvers'
 * forms get what they show (recipient, basis, fields, how many people), no personal data.
 */
@Component("decideDisclosure")
class DecideDisclosureDelegate implements JavaDelegate {

    private final DisclosureRequests requests;

    DecideDisclosureDelegate(DisclosureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisclosureRequests.Decision decision = requests.decide(execution.getBusinessKey());
        execution.setVariable("disclosureOutcome", decision.outcome().name());
        execution.setVariable("approval", decision.approval().name());
        // what the approvers' forms show: the organisation, the basis and the fields, never the people
        DisclosureRequests.Request request = requests.request(execution.getBusinessKey());
        execution.setVariable("recipientName", request.recipientName());
        execution.setVariable("disclosureBasis", request.nationalSection() == null ? request.basis()
                : request.basis() + ", " + request.nationalSection());
        execution.setVariable("disclosureFields", request.profile() == null ? ""
                : String.join(", ", Profile.valueOf(request.profile()).fields()));
        execution.setVariable("subjectCount", requests.subjects(request.id()).size());
    }
}
