package fi.tietovahti.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task CloseUnverified: the request was not signed in time; closes it with a letter. */
@Component("closeUnverified")
class CloseUnverifiedDelegate implements JavaDelegate {

    private final IdentityVerificationService verification;

    CloseUnverifiedDelegate(IdentityVerificationService verification) {
        this.verification = verification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        verification.expire((Long) execution.getVariable("identityVerificationId"));
        execution.setVariable("identityVerified", false);
    }
}
