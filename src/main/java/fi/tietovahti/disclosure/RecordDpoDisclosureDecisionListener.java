package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing the DPO's decision on a request outside every row of the decision table: the data to disclose (a
 * minimisation profile) and the legal basis, or the refusal with its reason.
 */
@Component("recordDpoDisclosureDecision")
class RecordDpoDisclosureDecisionListener implements TaskListener {

    static final String NOTE = "sensitiveDpoNote";

    private final DisclosureRequests requests;

    RecordDpoDisclosureDecisionListener(DisclosureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        Decided decided = Decided.by(task, NOTE);
        if (Verdict.of(task.getVariable("dpoDisclosureDecision")) == Verdict.APPROVE) {
            Profile profile;
            try {
                profile = Profile.valueOf(String.valueOf(task.getVariable("dpoProfile")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Valitse luovutettavat tiedot / Choose the data to disclose");
            }
            requests.decideAsDpo(decided.reference(), decided.user(), profile, decided.note());
        } else {
            requests.refuseBy(decided.reference(), decided.user(), decided.note());
        }
    }
}
