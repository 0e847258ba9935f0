package fi.tietovahti.access;

import fi.tietovahti.cases.CaseDeadlines;
import fi.tietovahti.cases.PrivacyCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task CloseWithdrawn: the requester withdrew the request (a handler read their message and said so). The
 * case closes as WITHDRAWN, without on-time figures (nothing was answered), and a confirmation letter goes out.
 */
@Component("closeWithdrawn")
class CloseWithdrawnDelegate implements JavaDelegate {

    private final CaseDeadlines deadlines;
    private final AccessLetters letters;

    CloseWithdrawnDelegate(CaseDeadlines deadlines, AccessLetters letters) {
        this.deadlines = deadlines;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.close(execution.getProcessBusinessKey(), PrivacyCase.Outcome.WITHDRAWN, null);
        letters.withdrawn(execution.getProcessBusinessKey());
        execution.setVariable("outcome", PrivacyCase.Outcome.WITHDRAWN.name());
    }
}
