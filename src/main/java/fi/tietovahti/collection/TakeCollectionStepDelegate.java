package fi.tietovahti.collection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task TakeCollectionStep: the step is judged again on its day and taken; the model goes on by the outcome. */
@Component("takeCollectionStep")
class TakeCollectionStepDelegate implements JavaDelegate {

    private final RentCollection collection;

    TakeCollectionStepDelegate(RentCollection collection) {
        this.collection = collection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RentCollection.Taken taken = collection.take(execution.getProcessBusinessKey());
        execution.setVariable("stepOutcome", taken.outcome().name());
        execution.setVariable("collectionQuestion", taken.question() == null ? null : taken.question().name());
    }
}
