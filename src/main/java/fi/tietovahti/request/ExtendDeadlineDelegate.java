package fi.tietovahti.request;

import fi.tietovahti.platform.Authenticated;
import fi.tietovahti.platform.Workflow;
import fi.tietovahti.cases.CaseDeadlines;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.deadline.LegalDeadlines;
import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task ExtendDeadline: the DPO's extension, refused (the completion fails with the reason) after the first
 * month. Only the DPO gets here: the decision task's completion checks the group. The ground of Art. 12(3) is told
 * to the requester; the reasons arrive as a "sensitive*" field (they are about the requester's case), stay in the
 * case file and never reach the engine's history or an email. Open tasks of the case get the new due date.
 */
@Component("extendDeadline")
class ExtendDeadlineDelegate implements JavaDelegate {

    static final String REASON = "sensitiveExtensionReason";

    private final CaseDeadlines deadlines;
    private final Workflow workflow;

    ExtendDeadlineDelegate(CaseDeadlines deadlines, Workflow workflow) {
        this.deadlines = deadlines;
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(REASON);
        execution.removeVariable(REASON);
        String caseNumber = execution.getProcessBusinessKey();
        Date before = (Date) execution.getVariable(CaseDeadlines.LEGAL_DEADLINE);
        PrivacyCase kase = deadlines.extend(caseNumber, months(execution.getVariable("extensionMonths")),
                ground(execution.getVariable("extensionGround")), reason == null ? null : reason.toString(),
                Authenticated.userId(execution));
        execution.setVariables(deadlines.variables(kase));
        // the right's process, called by the front, holds its own copies for its tasks' due dates
        workflow.refreshCaseVariables(caseNumber, execution.getProcessInstanceId(), deadlines.variables(kase));
        // tasks created before the extension carry the old deadline as their due date (the called instances' too)
        workflow.moveDueDates(caseNumber, before, Date.from(LegalDeadlines.endOf(kase.getLegalDeadline())));
    }

    private static PrivacyCase.ExtensionGround ground(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null; // refused by the service with the reason
        }
        try {
            return PrivacyCase.ExtensionGround.valueOf(value.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The ground of an extension is COMPLEXITY, NUMBER_OF_REQUESTS or BOTH,"
                    + " not '" + value + "'");
        }
    }

    private static int months(Object value) {
        if (value == null || value.toString().isBlank()) {
            return 0; // refused by the service with the reason
        }
        try {
            return new BigDecimal(value.toString().strip()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("The extension is a whole number of months (1 or 2), not '" + value + "'");
        }
    }
}
