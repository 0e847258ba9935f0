package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task AskForConsent: emails the residents whose consent the disclosure needs. */
@Component("askForConsent")
class AskForConsentDelegate implements JavaDelegate {

    private final ConsentRequests consents;

    AskForConsentDelegate(ConsentRequests consents) {
        this.consents = consents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("consentAsked", consents.ask(execution.getBusinessKey()));
    }
}
