package fi.tietovahti.worklist;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.deadline.LegalDeadlines;
import fi.tietovahti.platform.Workflow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case of a task the current user may see. */
@Service
public class TaskCases {

    private final Workflow workflow;
    private final CaseRegistry cases;
    private final Clock clock;

    TaskCases(Workflow workflow, CaseRegistry cases, Clock clock) {
        this.workflow = workflow;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Empty when the task does not exist or is not the caller's to see. A task whose process has no case (a matter
     * for a handler, a mail's triage keyed by the mail) gets what is known: its key, or nothing.
     */
    @Transactional(readOnly = true)
    public Optional<TaskCase> ofTask(String taskId) {
        return workflow.visibleTask(taskId).map(task -> summary(task.businessKey()));
    }

    TaskCase summary(String caseNumber) {
        if (caseNumber == null || !cases.exists(caseNumber)) {
            return new TaskCase(caseNumber, null, null, null, null, null, false, 0, false);
        }
        PrivacyCase kase = cases.byNumber(caseNumber);
        LocalDate today = LocalDate.now(clock.withZone(LegalDeadlines.HELSINKI));
        LocalDate deadline = kase.getLegalDeadline();
        return new TaskCase(kase.getCaseNumber(), kase.getCaseType().name(), kase.getRequesterName(), deadline,
                deadline == null ? null : ChronoUnit.DAYS.between(today, deadline), kase.getInternalTarget(),
                kase.getExtensionMonths() != null, kase.getIdentityPausedDays(), kase.getClosedAt() != null);
    }
}
