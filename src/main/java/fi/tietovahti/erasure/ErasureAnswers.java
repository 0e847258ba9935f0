package fi.tietovahti.erasure;

import fi.tietovahti.recipients.RecipientNotices;

import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.letters.ErasureAnswerRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer to an erasure request: rendered from the executed plan (what each category lost, what is kept and
 * until when, who was told) and stored with the case, for the secure delivery to hand to the verified requester.
 * Categories in which the person had no records are left out: the letter speaks of the person's data only.
 */
@Service
public class ErasureAnswers {

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CaseRegistry cases;
    private final ErasureRequests requests;
    private final RecipientNotices notices;
    private final ErasureAnswerRenderer renderer;
    private final CaseDocuments documents;
    private final Clock clock;

    ErasureAnswers(CaseRegistry cases, ErasureRequests requests, RecipientNotices notices,
                   ErasureAnswerRenderer renderer, CaseDocuments documents, Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.notices = notices;
        this.renderer = renderer;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    public CaseDocuments.Document render(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        List<ErasureAnswerRenderer.Line> lines = requests.decisions(caseNumber).stream()
                .filter(d -> d.recordsHeld() > 0 || (d.recordsTouched() != null && d.recordsTouched() > 0))
                .map(d -> new ErasureAnswerRenderer.Line(d.category(), d.action().name(),
                        d.recordsTouched() == null ? 0 : d.recordsTouched(), d.holdRule(), d.holdEndsOn(),
                        d.holdKind()))
                .toList();
        byte[] docx = renderer.docx(new ErasureAnswerRenderer.Answer(caseNumber, kase.getLanguage(),
                kase.getRequesterName(), LocalDate.now(clock), lines, notices.told(kase)));
        return documents.save(kase.getId(), CaseDocuments.Kind.ANSWER_DOCX,
                caseNumber + "-" + kase.getLanguage() + ".docx", WORD, docx);
    }
}
