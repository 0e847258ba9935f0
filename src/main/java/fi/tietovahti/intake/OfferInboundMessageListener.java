package fi.tietovahti.intake;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows a stored message in the task that handles it (mail triage, a requester's reply to a case): sender,
 * subject, its text made safe, attachments as download links, and what could not be read. Task-local
 * "sensitive*" variables: they never reach the engine's history and go with the task. The requester's name, address
 * and language are offered for a request the handler may start.
 */
@Component("offerInboundMessage")
class OfferInboundMessageListener implements TaskListener {

    private final MailTriage triage;
    private final RequestClassifier classifier;

    OfferInboundMessageListener(MailTriage triage, RequestClassifier classifier) {
        this.triage = triage;
        this.classifier = classifier;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ((Number) task.getVariable("inboundMailId")).longValue();
        MailTriage.StoredMessage stored = triage.message(id);
        InboundMessage m = stored.message();
        // every value cut to what the engine can store: an overlong one would fail the task, and the mail with it
        task.setVariableLocal("sensitiveMailFrom", MailText.shown(m.fromName() == null ? m.fromAddress()
                : m.fromName() + " <" + nullToEmpty(m.fromAddress()) + ">"));
        task.setVariableLocal("sensitiveMailSubject", MailText.shown(m.subject()));
        task.setVariableLocal("sensitiveMailText", stored.erased() ? "(erased)" : MailText.forHandler(m));
        task.setVariableLocal("sensitiveMailAttachments", MailText.shown(attachments(stored)));
        task.setVariableLocal("sensitiveMailProblems", MailText.shown(stored.problems()));
        task.setVariableLocal("sensitiveRequesterName", MailText.shown(m.fromName()));
        task.setVariableLocal("sensitiveRequesterEmail", MailText.shown(m.fromAddress()));
        String language = classifier.classify(m.subject(), m.text(), m.html()).language();
        task.setVariableLocal("requestLanguage", language == null ? "fi" : language);
    }

    /** Markdown links (the form's text view renders them): the original message, then each attachment. */
    private static String attachments(MailTriage.StoredMessage stored) {
        StringBuilder links = new StringBuilder("[Alkuperäinen viesti / Original message (.eml)](/api/mail/")
                .append(stored.id()).append("/original)");
        for (MailTriage.StoredAttachment a : stored.attachments()) {
            links.append("  \n[").append(escape(a.fileName() == null ? "attachment " + a.position() : a.fileName()))
                    .append(" (").append(size(a.sizeBytes())).append(")](/api/mail/").append(stored.id())
                    .append("/attachments/").append(a.position()).append(")");
        }
        return links.toString();
    }

    /** A stranger's file name must not become markup of its own. */
    private static String escape(String s) {
        return s.replaceAll("[\\\\`*_{}\\[\\]()<>#+!|\\r\\n]", " ").strip();
    }

    private static String size(int bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? bytes / 1024 + " kB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
