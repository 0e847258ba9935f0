package fi.tietovahti.intake;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task StartAccessRequest: the handler found an access request in the message and starts it; the new
 * case's number is recorded on the message.
 */
@Component("startAccessRequest")
class StartAccessRequestDelegate implements JavaDelegate {

    private final MailTriage triage;

    StartAccessRequestDelegate(MailTriage triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object type = execution.getVariable("requestType");
        PrivacyCase.Type requestType = type == null ? PrivacyCase.Type.ACCESS : PrivacyCase.Type.valueOf(type.toString());
        String caseNumber = triage.startRequest(requestType, TriageValues.inboundMailId(execution),
                TriageValues.text(execution, TriageValues.NAME),
                TriageValues.text(execution, TriageValues.EMAIL), TriageValues.text(execution, TriageValues.LANGUAGE),
                Authenticated.userId(execution), TriageValues.text(execution, TriageValues.NOTE));
        execution.setVariable("caseNumber", caseNumber);
        TriageValues.forget(execution);
    }
}
