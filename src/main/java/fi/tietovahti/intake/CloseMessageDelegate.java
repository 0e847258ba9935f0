package fi.tietovahti.intake;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task CloseMessage: nothing to do for the message (spam, automatic mail, handled elsewhere); the reason is
 * recorded.
 */
@Component("closeMessage")
class CloseMessageDelegate implements JavaDelegate {

    private final MailTriage triage;

    CloseMessageDelegate(MailTriage triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        triage.close(TriageValues.inboundMailId(execution), Authenticated.userId(execution),
                TriageValues.text(execution, TriageValues.NOTE));
        TriageValues.forget(execution);
    }
}
