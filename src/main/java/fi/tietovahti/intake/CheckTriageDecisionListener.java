package fi.tietovahti.intake;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing a triage task: the decision must come with what it needs (a name, a valid address and a language for a
 * request; a text for a reply; a reason always). A completion without them fails with the reason and changes
 * nothing. The handler's values are carried from the task to the process for the step that acts on them (the form
 * edits the task's own copies of the offered values, which end with the task).
 */
@Component("checkTriageDecision")
class CheckTriageDecisionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        for (String name : TriageValues.CARRIED) {
            // a REST completion sets the values on the process; a submitted form updates the task's copies
            if (!execution.hasVariableLocal(name) && task.hasVariableLocal(name)) {
                execution.setVariable(name, task.getVariableLocal(name));
            }
        }
        String decision = TriageValues.text(execution, TriageValues.DECISION);
        if (TriageDecision.of(decision) == null) {
            throw new IllegalArgumentException("choose what to do with the message");
        }
        String note = TriageValues.text(execution, TriageValues.NOTE);
        if (note == null) {
            throw new IllegalArgumentException("give the reason for the decision");
        }
        if (note.length() > 2000) {
            throw new IllegalArgumentException("the reason is longer than 2,000 characters");
        }
        if (TriageDecision.of(decision) == TriageDecision.START_ACCESS_REQUEST) {
            Object type = execution.getVariable("requestType");
            if (type != null && java.util.Arrays.stream(fi.tietovahti.cases.PrivacyCase.Type.values())
                    .noneMatch(t -> t.name().equals(type.toString())
                            && fi.tietovahti.request.RequestDoors.automated(t))) {
                throw new IllegalArgumentException("choose which request to start");
            }
            String name = TriageValues.text(execution, TriageValues.NAME);
            if (name == null || name.length() > 200) {
                throw new IllegalArgumentException("a request needs the requester's name (at most 200 characters)");
            }
            try {
                String email = TriageValues.text(execution, TriageValues.EMAIL);
                new InternetAddress(String.valueOf(email), true).validate();
            } catch (AddressException e) {
                throw new IllegalArgumentException("a request needs a valid email address for the answer");
            }
        }
        String reply = TriageValues.text(execution, TriageValues.REPLY);
        if (decision.equals("REPLY") && (reply == null || reply.length() > MailText.MAX_SHOWN)) {
            throw new IllegalArgumentException("write the reply (at most 3,500 characters)");
        }
        String language = TriageValues.text(execution, TriageValues.LANGUAGE);
        if (TriageDecision.of(decision) != TriageDecision.CLOSE && !Set.of("fi", "sv", "en").contains(language)) {
            throw new IllegalArgumentException("the language must be fi, sv or en");
        }
    }
}
