package fi.tietovahti.collection;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "decide the collection question": the handler's decision is carried out on the case, or refused with the
 * reason (Tasklist shows it and the task stays): a hand-over the law does not allow yet, going on while restricted.
 */
@Component("recordCollectionDecision")
class RecordCollectionDecisionListener implements TaskListener {

    private final RentCollection collection;

    RecordCollectionDecisionListener(RentCollection collection) {
        this.collection = collection;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = Authenticated.userIdOrNull(task);
        if (user == null) {
            throw new IllegalStateException("this decision is a person's: nobody is logged in");
        }
        Object question = task.getVariable("collectionQuestion");
        RentCollection.Decision decision = RentCollection.Decision.valueOf(String.valueOf(
                task.getVariable("collectionDecision")));
        collection.answer(task.getExecution().getProcessBusinessKey(), question == null ? null
                : RentCollection.Question.valueOf(question.toString()), decision, user);
        if (decision == RentCollection.Decision.HAND_OVER) {
            task.getExecution().setVariable("handoverApprovedBy", user);
        }
    }
}
