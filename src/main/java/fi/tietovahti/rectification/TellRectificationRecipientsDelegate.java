package fi.tietovahti.rectification;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.recipients.RecipientNotices;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task TellRectificationRecipients: the Art. 19 notice to the processors of the corrected category. */
@Component("tellRectificationRecipients")
class TellRectificationRecipientsDelegate implements JavaDelegate {

    private final Rectifications rectifications;
    private final RecipientNotices notices;
    private final CaseRegistry cases;

    TellRectificationRecipientsDelegate(Rectifications rectifications, RecipientNotices notices, CaseRegistry cases) {
        this.rectifications = rectifications;
        this.notices = notices;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        execution.setVariable("recipientsTold", notices.tell(cases.byNumber(caseNumber),
                List.of(rectifications.decision(caseNumber).category()), RecipientNotices.Kind.RECTIFICATION).size());
    }
}
