package fi.tietovahti.identity;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task RequestSignature: asks the e-signature provider for a signing request for this case. */
@Component("requestSignature")
class RequestSignatureDelegate implements JavaDelegate {

    private final IdentityVerificationService verification;

    RequestSignatureDelegate(IdentityVerificationService verification) {
        this.verification = verification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            var started = verification.requestSignature(execution.getProcessBusinessKey());
            execution.setVariable("identityVerificationId", started.verificationId());
            execution.setVariable("signingRequestId", started.signingRequestId());
        } catch (IdentityVerificationService.NoEmailAddress e) {
            throw new BpmnError("NO_EMAIL_ADDRESS", e.getMessage());
        }
    }
}
