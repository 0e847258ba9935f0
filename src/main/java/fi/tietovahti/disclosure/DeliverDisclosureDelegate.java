package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task DeliverDisclosure: the minimised extract, recorded and sent as a link to the recipient's registered
 * address. A disclosure no longer allowed (consent withdrawn, restriction begun) is the error the model catches.
 */
@Component("deliverDisclosure")
class DeliverDisclosureDelegate implements JavaDelegate {

    static final String NO_LONGER_ALLOWED = "DISCLOSURE_NO_LONGER_ALLOWED";

    private final DisclosureRegister register;

    DeliverDisclosureDelegate(DisclosureRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            register.deliver(execution.getBusinessKey());
        } catch (DisclosureRegister.NoLongerAllowed e) {
            throw new BpmnError(NO_LONGER_ALLOWED, e.getMessage());
        }
    }
}
