package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "the data is restricted": the Art. 18(2) exception and the handler's reasons, recorded with the request
 * and later with the disclosure, or the refusal.
 */
@Component("recordRestrictionException")
class RecordRestrictionExceptionListener implements TaskListener {

    static final String NOTE = "sensitiveRestrictionNote";

    private final DisclosureRequests requests;

    RecordRestrictionExceptionListener(DisclosureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        Decided decided = Decided.by(task, NOTE);
        RestrictedDisclosureDecision decision;
        try {
            decision = RestrictedDisclosureDecision.valueOf(String.valueOf(
                    task.getVariable(RestrictedDisclosureDecision.VARIABLE)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Hylkää tai kirjaa poikkeus / Refuse, or record the Art. 18(2) exception");
        }
        if (decision == RestrictedDisclosureDecision.REFUSE) {
            requests.refuseBy(decided.reference(), decided.user(), decided.note() == null
                    ? "Käsittely on rajoitettu / Processing is restricted" : decided.note());
            return;
        }
        RestrictedDisclosureDecision.Ground ground;
        try {
            ground = RestrictedDisclosureDecision.Ground.valueOf(String.valueOf(task.getVariable("restrictionExceptionGround")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Valitse 18 artiklan 2 kohdan poikkeus / Choose the Art. 18(2) exception");
        }
        if (decided.note() == null) {
            throw new IllegalArgumentException("Perustele poikkeus / Give the reasons for the exception");
        }
        requests.recordRestrictionException(decided.reference(), "GDPR 18(2) " + ground.name() + ": "
                + decided.note() + " (" + decided.user() + ")");
    }
}
