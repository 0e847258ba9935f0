package fi.tietovahti.disclosure;

import fi.tietovahti.platform.Workflow;
import fi.tietovahti.processes.DisclosureRequestProcess;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consent or its withdrawal as a handler records it (from a form, an email, a visit): the consent register is
 * updated, and the requests waiting for that consent go on.
 */
@Service
public class ConsentDesk {

    private final Consents consents;
    private final DisclosureRequests requests;
    private final Workflow workflow;

    ConsentDesk(Consents consents, DisclosureRequests requests, Workflow workflow) {
        this.consents = consents;
        this.requests = requests;
        this.workflow = workflow;
    }

    /** Records the consent and lets the waiting requests on; returns their references. */
    @Transactional
    public List<String> give(long personId, String recipientKind, String purpose, Consents.How how, String evidence,
                             String user) {
        consents.give(personId, recipientKind, purpose, how, evidence, user);
        List<String> waiting = requests.waitingForConsent(personId, recipientKind, purpose);
        for (String reference : waiting) {
            workflow.correlateAll(DisclosureRequestProcess.Message.DISCLOSURE_CONSENT_GIVEN, reference, Map.of(),
                    Map.of());
        }
        return waiting;
    }

    /** Withdraws it: a disclosure not yet delivered on it is refused at delivery. */
    @Transactional
    public boolean withdraw(long personId, String recipientKind, String purpose, Consents.How how, String user) {
        return consents.withdraw(personId, recipientKind, purpose, how, user);
    }
}
