package fi.tietovahti.restriction;

import fi.tietovahti.request.RequestLetters;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.mail.LetterTexts;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The letters of a restriction: applied (which categories, on what ground, until what), refused (why), and the
 * notice before lifting (Art. 18(3)). Category names and grounds only: no data.
 */
@Service
class RestrictionLetters {

    private final Restrictions restrictions;
    private final RequestLetters letters;
    private final LetterTexts texts;
    private final CaseRegistry cases;

    RestrictionLetters(Restrictions restrictions, RequestLetters letters, LetterTexts texts, CaseRegistry cases) {
        this.restrictions = restrictions;
        this.letters = letters;
        this.texts = texts;
        this.cases = cases;
    }

    void applied(String caseNumber) {
        Restrictions.Decision d = restrictions.decision(caseNumber);
        String language = cases.byNumber(caseNumber).getLanguage();
        letters.letter(caseNumber, "restriction.applied", Map.of(
                "ground", texts.text("restriction.ground." + d.ground().name(), language),
                "until", texts.text("restriction.end." + d.ground().name(), language),
                "categories", "- " + String.join("\n- ", restrictions.names(d.categories(), language))));
    }

    void refused(String caseNumber, long verificationId) {
        letters.withReasons(caseNumber, "restriction.refused", Map.of(), "decision.title.restriction",
                restrictions.decision(caseNumber).note(), verificationId);
    }

    void lifting(String caseNumber, java.time.LocalDate liftOn) {
        Restrictions.Decision d = restrictions.decision(caseNumber);
        String language = cases.byNumber(caseNumber).getLanguage();
        letters.letter(caseNumber, "restriction.lifting", Map.of("liftOn",
                java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy").format(liftOn),
                "categories", "- " + String.join("\n- ", restrictions.names(d.categories(), language))));
    }
}
