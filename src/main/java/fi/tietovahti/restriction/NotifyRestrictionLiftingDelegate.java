package fi.tietovahti.restriction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task NotifyRestrictionLifting: the notice that the restriction will be lifted, before it is (Art. 18(3)). */
@Component("notifyRestrictionLifting")
class NotifyRestrictionLiftingDelegate implements JavaDelegate {

    private final RestrictionLetters letters;

    NotifyRestrictionLiftingDelegate(RestrictionLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.lifting(execution.getProcessBusinessKey());
    }
}
