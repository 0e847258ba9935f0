package fi.tietovahti.request;

import fi.tietovahti.cases.CaseDeadlines;
import fi.tietovahti.cases.CaseRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task MatchSubject: whose data the verified requester asks for: one person, several, none, or a guardian's
 * child.
 */
@Component("matchSubject")
class MatchSubjectDelegate implements JavaDelegate {

    private final PrivacyRequests requests;
    private final CaseDeadlines deadlines;
    private final CaseRegistry cases;

    MatchSubjectDelegate(PrivacyRequests requests, CaseDeadlines deadlines, CaseRegistry cases) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PrivacyRequests.MatchResult result = requests.match(execution.getProcessBusinessKey(),
                (Long) execution.getVariable("identityVerificationId"));
        execution.setVariable(PrivacyRequests.MatchOutcome.VARIABLE, result.outcome().name());
        execution.setVariable("candidateCount", result.candidates().size());
        if (result.personId() != null) {
            execution.setVariable("subjectPersonId", result.personId());
        }
        // with the pause switch on, matching moved the deadline: later tasks get the new one as due date
        execution.setVariables(deadlines.variables(cases.byNumber(execution.getProcessBusinessKey())));
    }
}
