package fi.tietovahti.request;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The short letters of a request (access, and the same letters of the other rights under their own keys), in the
 * request's language: acknowledgement (received, case number, next step, nothing else: an email address proves
 * nothing), no data held, guardian request refused, deadline extended.
 */
@Service
public class RequestLetters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final CaseRegistry cases;
    private final LetterTexts letters;
    private final OutboundMail mail;
    private final Clock clock;

    private final fi.tietovahti.cases.CaseDocuments documents;
    private final fi.tietovahti.delivery.SecureDeliveries deliveries;
    private final fi.tietovahti.letters.DecisionDocument decision;

    RequestLetters(CaseRegistry cases, LetterTexts letters, OutboundMail mail, Clock clock,
                  fi.tietovahti.cases.CaseDocuments documents, fi.tietovahti.delivery.SecureDeliveries deliveries,
                  fi.tietovahti.letters.DecisionDocument decision) {
        this.documents = documents;
        this.deliveries = deliveries;
        this.decision = decision;
        this.cases = cases;
        this.letters = letters;
        this.mail = mail;
        this.clock = clock;
    }

    public void acknowledge(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        send(kase, "acknowledgement", Map.of("deadline", DAY.format(kase.getLegalDeadline())));
        cases.markAcknowledged(caseNumber, clock.instant());
    }

    public void noDataHeld(String caseNumber) {
        send(cases.byNumber(caseNumber), "nodata", Map.of());
    }

    public void guardianRequestRefused(String caseNumber) {
        send(cases.byNumber(caseNumber), "guardianRefused", Map.of());
    }

    /**
     * The extension letter names the ground of Art. 12(3) in the requester's language. The DPO's own reasons stay
     * on the case: they may name other people, and an email is not a safe way to send them.
     */
    public void extended(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        // an extension granted before grounds were recorded, its letter still waiting at an upgrade: the letter
        // must still leave within the first month, so it says where the reason can be asked for
        String ground = kase.getExtensionGround() == null ? "notRecorded" : kase.getExtensionGround().name();
        send(kase, "extension", Map.of("deadline", DAY.format(kase.getLegalDeadline()),
                "ground", letters.text("extension.ground." + ground, kase.getLanguage())));
    }

    public void withdrawn(String caseNumber) {
        send(cases.byNumber(caseNumber), "withdrawn", Map.of());
    }

    /** A letter of the case's own right (its key names the right: "portability.answer"). */
    public void letter(String caseNumber, String key, Map<String, String> values) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("caseNumber", caseNumber);
        LetterTexts.Letter text = letters.letter(key, kase.getLanguage(), all);
        mail.send(caseNumber, kase.getRequesterEmail(), text.subject(), text.body());
    }

    /**
     * A refusal whose reasons are the handler's own words: the reasons go into a document delivered through the
     * secure delivery (they may name people), and the letter only says that the answer is there.
     */
    public void withReasons(String caseNumber, String key, Map<String, String> values, String titleKey,
                            String reasons, long verificationId) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        documents.save(kase.getId(), fi.tietovahti.cases.CaseDocuments.Kind.ANSWER_DOCX,
                caseNumber + "-" + kase.getLanguage() + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                decision.docx(caseNumber, kase.getLanguage(), kase.getRequesterName(),
                        java.time.LocalDate.now(clock), titleKey, reasons));
        deliveries.deliver(caseNumber, verificationId);
        cases.markDelivered(caseNumber, clock.instant());
        letter(caseNumber, key, values);
    }

    /** A shared letter ({@code acknowledgement}, {@code nodata}, ...) in the words of the case's right. */
    private void send(PrivacyCase kase, String letter, Map<String, String> values) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("caseNumber", kase.getCaseNumber());
        // each right words the shared letters its own way: "erasure.acknowledgement", "access.acknowledgement"
        String key = kase.getCaseType().name().toLowerCase(java.util.Locale.ROOT) + "." + letter;
        LetterTexts.Letter text = letters.letter(key, kase.getLanguage(), all);
        mail.send(kase.getCaseNumber(), kase.getRequesterEmail(), text.subject(), text.body());
    }
}
