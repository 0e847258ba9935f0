package fi.tietovahti.objection;

import fi.tietovahti.request.RequestLetters;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.mail.LetterTexts;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task SendObjectionAnswer: upheld (what stops) or refused (the compelling grounds), in the requester's
 * language.
 */
@Component("sendObjectionAnswer")
class SendObjectionAnswerDelegate implements JavaDelegate {

    private final Objections objections;
    private final RequestLetters letters;
    private final LetterTexts texts;
    private final CaseRegistry cases;
    private final java.time.Clock clock;

    SendObjectionAnswerDelegate(Objections objections, RequestLetters letters, LetterTexts texts, CaseRegistry cases, java.time.Clock clock) {
        this.clock = clock;
        this.objections = objections;
        this.letters = letters;
        this.texts = texts;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        Map<String, Object> decision = objections.decision(caseNumber);
        String language = cases.byNumber(caseNumber).getLanguage();
        String target = texts.text("objection.target." + decision.get("target"), language);
        if (Boolean.TRUE.equals(decision.get("upheld"))) {
            letters.letter(caseNumber, "objection.upheld", Map.of("target", target));
        } else {
            letters.withReasons(caseNumber, "objection.refused", Map.of("target", target), "decision.title.objection",
                    (String) decision.get("balancing"), (Long) execution.getVariable("identityVerificationId"));
        }
        execution.setVariable("answeredAt", java.util.Date.from(clock.instant()));
    }
}
