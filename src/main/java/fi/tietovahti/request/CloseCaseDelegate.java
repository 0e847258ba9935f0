package fi.tietovahti.request;

import fi.tietovahti.cases.CaseDeadlines;
import fi.tietovahti.cases.PrivacyCase;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task CloseCase: the outcome, when the answer left and whether both deadlines were kept. */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

    private final CaseDeadlines deadlines;

    CloseCaseDelegate(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PrivacyCase.Outcome outcome = outcome(execution);
        Date answeredAt = (Date) execution.getVariable("answeredAt");
        PrivacyCase kase = deadlines.close(execution.getProcessBusinessKey(), outcome,
                answeredAt == null ? null : answeredAt.toInstant());
        execution.setVariable("outcome", outcome.name());
        execution.setVariable("onTimeLegal", kase.getOnTimeLegal());
        execution.setVariable("onTimeTarget", kase.getOnTimeTarget());
    }

    static PrivacyCase.Outcome outcome(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("identityVerified"))) {
            return PrivacyCase.Outcome.UNVERIFIED;
        }
        PrivacyRequests.MatchOutcome match = PrivacyRequests.MatchOutcome.of(
                execution.getVariable(PrivacyRequests.MatchOutcome.VARIABLE));
        return switch (match == null ? PrivacyRequests.MatchOutcome.MATCHED : match) {
            case NO_DATA -> PrivacyCase.Outcome.NO_DATA;
            case REFUSED -> PrivacyCase.Outcome.REFUSED;
            default -> execution.getVariable("caseType") == null || "ACCESS".equals(execution.getVariable("caseType"))
                    ? PrivacyCase.Outcome.DELIVERED : PrivacyCase.Outcome.ANSWERED;
        };
    }
}
