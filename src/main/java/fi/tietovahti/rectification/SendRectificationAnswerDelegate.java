package fi.tietovahti.rectification;

import fi.tietovahti.request.RequestLetters;
import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.cases.CaseRegistry;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task SendRectificationAnswer: corrected (which data; not the values: email is not secure) or rejected
 * (with the handler's reasons), in the requester's language.
 */
@Component("sendRectificationAnswer")
class SendRectificationAnswerDelegate implements JavaDelegate {

    private final Rectifications rectifications;
    private final RequestLetters letters;
    private final Catalogue catalogue;
    private final CaseRegistry cases;
    private final java.time.Clock clock;

    SendRectificationAnswerDelegate(Rectifications rectifications, RequestLetters letters, Catalogue catalogue,
                                    CaseRegistry cases, java.time.Clock clock) {
        this.clock = clock;
        this.rectifications = rectifications;
        this.letters = letters;
        this.catalogue = catalogue;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        Rectifications.Decision d = rectifications.decision(caseNumber);
        if (d.accepted()) {
            String language = cases.byNumber(caseNumber).getLanguage();
            letters.letter(caseNumber, "rectification.accepted", Map.of("category",
                    catalogue.category(d.category()).map(c -> c.name(language)).orElse(d.category())));
        } else {
            letters.withReasons(caseNumber, "rectification.rejected", Map.of(), "decision.title.rectification",
                    d.reason(), (Long) execution.getVariable("identityVerificationId"));
        }
        execution.setVariable("answeredAt", java.util.Date.from(clock.instant()));
    }
}
