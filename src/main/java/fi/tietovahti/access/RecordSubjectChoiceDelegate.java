package fi.tietovahti.access;
import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task RecordSubjectChoice: the person the handler chose, or no data / refusal. A choice that was not
 * offered fails the task's completion with the reason.
 */
@Component("recordSubjectChoice")
class RecordSubjectChoiceDelegate implements JavaDelegate {

    /** The handler's note on the guardianship: may name people, so it goes to the case, not to history. */
    static final String GUARDIANSHIP_NOTE = "sensitiveGuardianshipNote";

    private final AccessRequests requests;

    RecordSubjectChoiceDelegate(AccessRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String choice = String.valueOf(execution.getVariable("subjectChoice"));
        boolean guardian = AccessRequests.MatchOutcome.of(execution.getVariable(AccessRequests.MatchOutcome.VARIABLE))
                == AccessRequests.MatchOutcome.GUARDIAN;
        Object note = execution.getVariable(GUARDIANSHIP_NOTE);
        execution.removeVariable(GUARDIANSHIP_NOTE);
        if (guardian) {
            if (note == null || note.toString().isBlank()) {
                throw new AccessRequests.InvalidChoice("Record how the guardianship was established, or why not");
            }
            requests.recordGuardianshipNote(execution.getProcessBusinessKey(), note.toString());
        }
        if ("NONE".equals(choice)) {
            execution.setVariable(AccessRequests.MatchOutcome.VARIABLE, (guardian ? AccessRequests.MatchOutcome.REFUSED
                    : AccessRequests.MatchOutcome.NO_DATA).name());
            return;
        }
        long personId;
        try {
            personId = Long.parseLong(choice);
        } catch (NumberFormatException e) {
            throw new AccessRequests.InvalidChoice("Choose one of the people offered, or none");
        }
        String handler = Authenticated.userId(execution);
        requests.choose(execution.getProcessBusinessKey(), (Long) execution.getVariable("identityVerificationId"),
                personId, handler);
        execution.setVariable("subjectPersonId", personId);
        execution.setVariable(AccessRequests.MatchOutcome.VARIABLE, AccessRequests.MatchOutcome.MATCHED.name());
    }
}
