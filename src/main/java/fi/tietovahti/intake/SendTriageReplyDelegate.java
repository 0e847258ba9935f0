package fi.tietovahti.intake;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendTriageReply: the handler's answer to the sender, in the chosen language, through the outbox. */
@Component("sendTriageReply")
class SendTriageReplyDelegate implements JavaDelegate {

    private final MailTriage triage;

    SendTriageReplyDelegate(MailTriage triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        triage.reply(TriageValues.inboundMailId(execution), TriageValues.text(execution, TriageValues.REPLY),
                TriageValues.text(execution, TriageValues.LANGUAGE), Authenticated.userId(execution),
                TriageValues.text(execution, TriageValues.NOTE));
        TriageValues.forget(execution);
    }
}
