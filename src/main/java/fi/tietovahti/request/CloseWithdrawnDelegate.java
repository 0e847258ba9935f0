package fi.tietovahti.request;

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
    private final RequestLetters letters;

    CloseWithdrawnDelegate(CaseDeadlines deadlines, RequestLetters letters) {
        this.deadlines = deadlines;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable("answeredAt") != null) {
            // the answer left before the withdrawal was read: the case closes as answered, no "withdrawn" letter
            PrivacyCase kase = deadlines.close(execution.getProcessBusinessKey(), CloseCaseDelegate.outcome(execution),
                    ((java.util.Date) execution.getVariable("answeredAt")).toInstant());
            execution.setVariable("outcome", kase.getOutcome().name());
            return;
        }
        deadlines.close(execution.getProcessBusinessKey(), PrivacyCase.Outcome.WITHDRAWN, null);
        letters.withdrawn(execution.getProcessBusinessKey());
        execution.setVariable("outcome", PrivacyCase.Outcome.WITHDRAWN.name());
    }
}
