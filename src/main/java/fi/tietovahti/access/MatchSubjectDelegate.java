package fi.tietovahti.access;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task MatchSubject: whose data the verified requester asks for: one person, several, none, or a guardian's
 * child.
 */
@Component("matchSubject")
class MatchSubjectDelegate implements JavaDelegate {

    private final AccessRequests requests;

    MatchSubjectDelegate(AccessRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessRequests.MatchResult result = requests.match(execution.getProcessBusinessKey(),
                (Long) execution.getVariable("identityVerificationId"));
        execution.setVariable("matchOutcome", result.outcome().name());
        execution.setVariable("candidateCount", result.candidates().size());
        if (result.personId() != null) {
            execution.setVariable("subjectPersonId", result.personId());
        }
    }
}
