package fi.tietovahti.collection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task RunRentCollection: the day's overdue invoices to their cases; the counts stay on the run. */
@Component("runRentCollection")
class RunRentCollectionDelegate implements JavaDelegate {

    private final CollectionRun run;

    RunRentCollectionDelegate(CollectionRun run) {
        this.run = run;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CollectionRun.Summary summary = run.run();
        execution.setVariable("overdueInvoices", summary.overdueInvoices());
        execution.setVariable("newInvoices", summary.newInvoices());
        execution.setVariable("casesOpened", summary.casesOpened());
        execution.setVariable("casesAdvanced", summary.casesAdvanced());
    }
}
