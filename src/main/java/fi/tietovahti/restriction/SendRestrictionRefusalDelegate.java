package fi.tietovahti.restriction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendRestrictionRefusal: the refusal, with the handler's reasons. */
@Component("sendRestrictionRefusal")
class SendRestrictionRefusalDelegate implements JavaDelegate {

    private final RestrictionLetters letters;
    private final java.time.Clock clock;

    SendRestrictionRefusalDelegate(RestrictionLetters letters, java.time.Clock clock) {
        this.clock = clock;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the answer to the request: the deadlines are measured to this letter
        execution.setVariable("answeredAt", java.util.Date.from(clock.instant()));
        letters.refused(execution.getProcessBusinessKey(), (Long) execution.getVariable("identityVerificationId"));
    }
}
