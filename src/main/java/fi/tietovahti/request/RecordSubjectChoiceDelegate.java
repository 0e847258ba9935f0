package fi.tietovahti.request;
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

    private final PrivacyRequests requests;

    RecordSubjectChoiceDelegate(PrivacyRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String choice = String.valueOf(execution.getVariable("subjectChoice"));
        boolean guardian = PrivacyRequests.MatchOutcome.of(execution.getVariable(PrivacyRequests.MatchOutcome.VARIABLE))
                == PrivacyRequests.MatchOutcome.GUARDIAN;
        Object note = execution.getVariable(GUARDIANSHIP_NOTE);
        execution.removeVariable(GUARDIANSHIP_NOTE);
        if (guardian) {
            if (note == null || note.toString().isBlank()) {
                throw new PrivacyRequests.InvalidChoice("Record how the guardianship was established, or why not");
            }
            requests.recordGuardianshipNote(execution.getProcessBusinessKey(), note.toString());
        }
        if ("NONE".equals(choice)) {
            execution.setVariable(PrivacyRequests.MatchOutcome.VARIABLE, (guardian ? PrivacyRequests.MatchOutcome.REFUSED
                    : PrivacyRequests.MatchOutcome.NO_DATA).name());
            return;
        }
        long personId;
        try {
            personId = Long.parseLong(choice);
        } catch (NumberFormatException e) {
            throw new PrivacyRequests.InvalidChoice("Choose one of the people offered, or none");
        }
        String handler = Authenticated.userId(execution);
        requests.choose(execution.getProcessBusinessKey(), (Long) execution.getVariable("identityVerificationId"),
                personId, handler);
        execution.setVariable("subjectPersonId", personId);
        execution.setVariable(PrivacyRequests.MatchOutcome.VARIABLE, PrivacyRequests.MatchOutcome.MATCHED.name());
    }
}
