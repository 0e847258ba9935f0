package fi.tietovahti.tenancy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task PrepareRescissionNotice: the written notice rendered and kept until it is served. */
@Component("prepareRescissionNotice")
class PrepareRescissionNoticeDelegate implements JavaDelegate {

    private final Evictions evictions;

    PrepareRescissionNoticeDelegate(Evictions evictions) {
        this.evictions = evictions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("caseReference", execution.getProcessBusinessKey());
        evictions.prepareNotice(execution.getProcessBusinessKey());
    }
}
