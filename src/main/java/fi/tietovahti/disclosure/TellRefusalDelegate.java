package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task TellRefusal: the recipient learns, at its registered address, that and why nothing is disclosed. */
@Component("tellRefusal")
class TellRefusalDelegate implements JavaDelegate {

    private final DisclosureRegister register;

    TellRefusalDelegate(DisclosureRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.tellRefusal(execution.getBusinessKey());
    }
}
