package fi.tietovahti.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendSignatureReminder: reminds the requester of the signing link. */
@Component("sendSignatureReminder")
class SendSignatureReminderDelegate implements JavaDelegate {

    private final IdentityVerificationService verification;

    SendSignatureReminderDelegate(IdentityVerificationService verification) {
        this.verification = verification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        verification.sendReminder((Long) execution.getVariable("identityVerificationId"));
    }
}
