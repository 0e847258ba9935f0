package fi.tietovahti.erasure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task ExecuteErasure: the approved plan, executed in every register. */
@Component("executeErasure")
class ExecuteErasureDelegate implements JavaDelegate {

    private final ErasureRequests requests;

    ExecuteErasureDelegate(ErasureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("recordsErased", requests.execute(execution.getProcessBusinessKey()).total());
    }
}
