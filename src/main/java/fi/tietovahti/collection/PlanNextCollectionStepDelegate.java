package fi.tietovahti.collection;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task PlanNextCollectionStep: the case's next step and its day. The timer waits until 7:00 Helsinki time
 * that day (a letter dated the day it is sent); a step already due runs now.
 */
@Component("planNextCollectionStep")
class PlanNextCollectionStepDelegate implements JavaDelegate {

    static final LocalTime STEP_TIME = LocalTime.of(7, 0);

    private final RentCollection collection;
    private final Clock clock;

    PlanNextCollectionStepDelegate(RentCollection collection, Clock clock) {
        this.collection = collection;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        RentCollection.NextStep next = collection.next(reference);
        java.time.Instant at = next.on().atTime(STEP_TIME).atZone(clock.getZone()).toInstant();
        java.time.Instant now = clock.instant();
        execution.setVariable("caseReference", reference);
        execution.setVariable("nextStep", next.kind().name());
        execution.setVariable("nextStepAt", Date.from(at.isBefore(now) ? now : at));
    }
}
