package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendKelaNotices: the waiting move-out notices go to Kela as one disclosure. */
@Component("sendKelaNotices")
class SendKelaNoticesDelegate implements JavaDelegate {

    private final KelaNotices notices;

    SendKelaNoticesDelegate(KelaNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.sendWaiting().ifPresent(s -> execution.setVariable("disclosureReference", s.reference()));
    }
}
