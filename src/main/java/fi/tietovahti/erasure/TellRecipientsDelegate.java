package fi.tietovahti.erasure;

import fi.tietovahti.cases.PrivacyCase;

import fi.tietovahti.recipients.RecipientNotices;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.registers.ErasureAction;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task TellRecipients: the Art. 19 notices for the categories that lost records. */
@Component("tellRecipients")
class TellRecipientsDelegate implements JavaDelegate {

    private final ErasureRequests requests;
    private final RecipientNotices notices;
    private final CaseRegistry cases;

    TellRecipientsDelegate(ErasureRequests requests, RecipientNotices notices, CaseRegistry cases) {
        this.requests = requests;
        this.notices = notices;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        List<String> erased = requests.decisions(caseNumber).stream()
                .filter(d -> d.action() != ErasureAction.KEEP && d.recordsTouched() != null && d.recordsTouched() > 0)
                .map(ErasureRequests.Decision::category).toList();
        PrivacyCase kase = cases.byNumber(caseNumber);
        execution.setVariable("recipientsTold", notices.tell(kase, erased, RecipientNotices.Kind.ERASURE,
                requests.subjectAsPlanned(kase)).size());
    }
}
