package fi.tietovahti.access;

import fi.tietovahti.cases.CaseDeadlines;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.security.StaffGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task ExtendDeadline: the DPO's extension, refused (the completion fails with the reason) after the first
 * month.
 */
@Component("extendDeadline")
class ExtendDeadlineDelegate implements JavaDelegate {

    private final CaseDeadlines deadlines;

    ExtendDeadlineDelegate(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object months = execution.getVariable("extensionMonths");
        PrivacyCase kase = deadlines.extend(execution.getProcessBusinessKey(),
                months == null ? 0 : Integer.parseInt(months.toString()),
                (String) execution.getVariable("extensionReason"), Authenticated.userIdIn(execution, StaffGroups.DPO));
        execution.setVariables(deadlines.variables(kase));
    }
}
