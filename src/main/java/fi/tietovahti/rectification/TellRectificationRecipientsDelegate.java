package fi.tietovahti.rectification;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.erasure.ErasureNotices;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task TellRectificationRecipients: the Art. 19 notice to the processors of the corrected category. */
@Component("tellRectificationRecipients")
class TellRectificationRecipientsDelegate implements JavaDelegate {

    private final Rectifications rectifications;
    private final ErasureNotices notices;
    private final CaseRegistry cases;

    TellRectificationRecipientsDelegate(Rectifications rectifications, ErasureNotices notices, CaseRegistry cases) {
        this.rectifications = rectifications;
        this.notices = notices;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        execution.setVariable("recipientsTold", notices.tell(cases.byNumber(caseNumber),
                List.of(rectifications.decision(caseNumber).category()), ErasureNotices.Kind.RECTIFICATION).size());
    }
}
