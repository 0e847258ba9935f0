package fi.tietovahti.request;

import fi.tietovahti.cases.CaseRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What the requester wrote with the request (what they object to, why they want a restriction), for the handler's
 * task: a task-local "sensitive*" variable, never in the engine's history.
 */
@Component("offerRequestDetails")
class OfferRequestDetailsListener implements TaskListener {

    private final CaseRegistry cases;

    OfferRequestDetailsListener(CaseRegistry cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String details = cases.requestDetails(task.getExecution().getProcessBusinessKey());
        task.setVariableLocal("sensitiveRequestDetails", details == null ? "(ei kirjattu / not recorded)" : details);
    }
}
