package fi.tietovahti.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task RecordMissingConsent: no consent came in time; the request is refused on the record. */
@Component("recordMissingConsent")
class RecordMissingConsentDelegate implements JavaDelegate {

    private final DisclosureRequests requests;

    RecordMissingConsentDelegate(DisclosureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.refuse(execution.getBusinessKey(), "Suostumusta ei saatu määräajassa / The resident's consent did "
                + "not come in time");
    }
}
