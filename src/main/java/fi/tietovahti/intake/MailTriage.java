package fi.tietovahti.intake;

import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.request.PrivacyRequests;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What a handler does with a message in triage: start the access request it is, answer the sender, or close it.
 * Each is recorded on the message (what, who, when, why). The answer threads to the sender's message.
 */
@Service
public class MailTriage {

    /** A stored message as a handler reads it. */
    public record StoredMessage(long id, String messageId, Instant takenAt, InboundMessage message,
                                List<StoredAttachment> attachments, String problems, boolean erased) {
    }

    public record StoredAttachment(int position, String fileName, String contentType, int sizeBytes) {
    }

    private final JdbcTemplate jdbc;
    private final RequestDoors accessRequests;
    private final OutboundMail mail;
    private final LetterTexts letters;
    private final IntakeProperties properties;
    private final Clock clock;
    private final fi.tietovahti.cases.CaseRegistry cases;

    MailTriage(JdbcTemplate jdbc, RequestDoors accessRequests, OutboundMail mail, LetterTexts letters,
               IntakeProperties properties, Clock clock, fi.tietovahti.cases.CaseRegistry cases) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.accessRequests = accessRequests;
        this.mail = mail;
        this.letters = letters;
        this.properties = properties;
        this.clock = clock;
    }

    public StoredMessage message(long id) {
        Map<String, Object> row = jdbc.queryForList(
                "select raw, taken_at, problems, erased_at from tietovahti.inbound_mail where id = ?", id).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no message " + id));
        byte[] raw = (byte[]) row.get("raw");
        InboundMessage message = InboundMessage.read(raw, properties.limits());
        List<StoredAttachment> attachments = jdbc.query("""
                select position, file_name, content_type, size_bytes from tietovahti.inbound_attachment
                where inbound_mail_id = ? order by position""", (rs, i) -> new StoredAttachment(rs.getInt(1),
                rs.getString(2), rs.getString(3), rs.getInt(4)), id);
        return new StoredMessage(id, message.messageId(), ((Timestamp) row.get("taken_at")).toInstant(), message,
                attachments, (String) row.get("problems"), row.get("erased_at") != null);
    }

    /** Starts the subject-access request the message is; the deadline runs from when the mailbox received it. */
    public String startAccessRequest(long id, String name, String email, String language, String handler,
                                     String note) {
        return startRequest(PrivacyCase.Type.ACCESS, id, name, email, language, handler, note);
    }

    /**
     * Starts the request the message is, of the type the handler chose, with the message's text kept with the case
     * (the correction asked, what is objected to); the deadline runs from when the mailbox received it.
     */
    public String startRequest(PrivacyCase.Type type, long id, String name, String email, String language,
                               String handler, String note) {
        Instant received = jdbc.queryForObject("""
                select coalesce(received_at, taken_at) from tietovahti.inbound_mail where id = ?""", Timestamp.class,
                id).toInstant();
        RequestDoors.Started started = accessRequests.receiveByEmail(new PrivacyRequests.Registration(type,
                received, language, PrivacyCase.Channel.EMAIL, name, email, null, false),
                MailText.forHandler(message(id).message()));
        cases.recordDecidedBy(started.caseNumber(), "a handler's triage (" + handler + ")");
        handled(id, "STARTED_ACCESS_REQUEST", handler, note, started.caseNumber());
        return started.caseNumber();
    }

    /** Answers the sender in their language, as a reply to their message. */
    public void reply(long id, String text, String language, String handler, String note) {
        Map<String, Object> row = jdbc.queryForMap("select from_address from tietovahti.inbound_mail where id = ?", id);
        String to = (String) row.get("from_address");
        if (to == null) {
            throw new IllegalStateException("the message has no sender address to answer");
        }
        StoredMessage stored = message(id);
        LetterTexts.Letter letter = letters.letter("mail.reply", language, Map.of("text", text));
        mail.reply("MAIL-" + id, to, letter.subject(), letter.body(), stored.messageId());
        handled(id, "REPLIED", handler, note, null);
    }

    public void close(long id, String handler, String note) {
        handled(id, "CLOSED", handler, note, null);
    }

    private void handled(long id, String handling, String handler, String note, String caseNumber) {
        jdbc.update("""
                update tietovahti.inbound_mail set handling = ?, handled_by = ?, handled_at = ?, handling_note = ?,
                       case_number = coalesce(?, case_number) where id = ?""", handling, handler,
                Timestamp.from(clock.instant()), note, caseNumber, id);
    }
}
