package fi.tietovahti.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendSignatureInvitation: emails the signing link to the requester. */
@Component("sendSignatureInvitation")
class SendSignatureInvitationDelegate implements JavaDelegate {

    private final IdentityVerificationService verification;

    SendSignatureInvitationDelegate(IdentityVerificationService verification) {
        this.verification = verification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        verification.sendInvitation((Long) execution.getVariable("identityVerificationId"));
    }
}
