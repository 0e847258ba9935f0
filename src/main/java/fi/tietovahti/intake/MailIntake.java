package fi.tietovahti.intake;

import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.request.PrivacyRequests;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.catalogue.ControllerProperties;
import fi.tietovahti.mail.MailProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fi.tietovahti.platform.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one message from the privacy mailbox: in one transaction it records the message (original and
 * attachments) and starts exactly one thing, a subject-access request, a message to a running case, or a handler's
 * triage task. The message's key (its Message-ID, or a hash of its bytes) is unique, so a message the mailbox shows
 * again (a restart before it was moved, a duplicate delivery) is recognised and not taken twice.
 * <p>
 * The sender's address proves nothing: a request started here goes through identity verification like any other,
 * and its acknowledgement says only that it was received. Automatic mail (auto-replies, bounces, mailing lists, our
 * own letters) is never answered.
 */
@Service
public class MailIntake {

    public enum Route { NEW_CASE, CASE_REPLY, TRIAGE, DISCLOSURE, ALREADY_TAKEN }

    /** What became of a message. {@code reference} is the case number, or the triage task's business key. */
    public record Taken(Route route, long inboundMailId, String reference, String processInstanceId) {
    }

    public static final String TRIAGE_PROCESS = fi.tietovahti.processes.MailTriageProcess.KEY;
    public static final String REPLY_MESSAGE = fi.tietovahti.processes.PrivacyRequestProcess.Message.REQUESTER_MAIL_RECEIVED;

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");

    private final JdbcTemplate jdbc;
    private final Workflow workflow;
    private final RequestDoors accessRequests;
    private final IntakeProperties properties;
    private final MailProperties mail;
    private final ControllerProperties controller;
    private final Clock clock;
    private final RequestClassifier classifier;
    private final fi.tietovahti.cases.CaseRegistry cases;
    private final fi.tietovahti.mail.OutboundMail outbound;
    private final fi.tietovahti.disclosure.DisclosureMail disclosureMail;
    private final fi.tietovahti.disclosure.DisclosureDoors disclosureDoors;

    MailIntake(JdbcTemplate jdbc, Workflow workflow, RequestDoors accessRequests,
               IntakeProperties properties, MailProperties mail, ControllerProperties controller, Clock clock,
               RequestClassifier classifier, fi.tietovahti.cases.CaseRegistry cases,
               fi.tietovahti.mail.OutboundMail outbound, fi.tietovahti.disclosure.DisclosureMail disclosureMail,
               fi.tietovahti.disclosure.DisclosureDoors disclosureDoors) {
        this.outbound = outbound;
        this.disclosureMail = disclosureMail;
        this.disclosureDoors = disclosureDoors;
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.accessRequests = accessRequests;
        this.properties = properties;
        this.mail = mail;
        this.controller = controller;
        this.clock = clock;
        this.classifier = classifier;
        this.cases = cases;
    }

    /**
     * Takes the message (its bytes as received) unless it was taken before.
     *
     * @param receivedAt when the mailbox received it (IMAP's internal date), or null for now: the legal deadline
     *                   of a request runs from it
     */
    @Transactional
    public Taken take(byte[] raw, Instant receivedAt) {
        String key = messageKey(raw);
        Long earlier = earlier(key);
        if (earlier != null) {
            return new Taken(Route.ALREADY_TAKEN, earlier, null, null);
        }
        Instant now = clock.instant();
        Instant received = receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt;
        InboundMessage message = InboundMessage.read(raw, properties.limits());
        AutomaticMail.Verdict verdict = verdict(raw);
        Optional<String> caseNumber = caseOf(message);
        long id = record(key, raw, message, verdict, now, received);

        Decision decision = decide(id, message, verdict, caseNumber, received);
        jdbc.update("""
                update tietovahti.inbound_mail set route = ?, case_number = ?, process_instance_id = ?, decided_by = ?
                where id = ?""", decision.route.name(), decision.caseNumber,
                decision.processInstanceId, decision.decidedBy, id);
        log.info("Mail {} taken: {} {}", id, decision.route, decision.reference);
        return new Taken(decision.route, id, decision.reference, decision.processInstanceId);
    }

    /**
     * The last resort for a message whose taking failed with an error (a bug, a refused start): it is kept and goes
     * to a handler with the reason, in a transaction of its own, so that the poller can move on.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Taken takeAsUnprocessable(byte[] raw, Instant receivedAt, String error) {
        String key = messageKey(raw);
        Long earlier = earlier(key);
        if (earlier != null) {
            return new Taken(Route.ALREADY_TAKEN, earlier, null, null);
        }
        Instant now = clock.instant();
        InboundMessage message;
        try {
            message = InboundMessage.read(raw, properties.limits());
        } catch (RuntimeException e) {
            // the reader promises not to throw; if it did, keep the bytes and show nothing of them
            message = InboundMessage.read(new byte[0], properties.limits());
        }
        long id = record(key, raw, message, verdict(raw), now,
                receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt);
        Decision d = triage(id, "UNPROCESSABLE", "the message could not be processed automatically: " + error, null);
        jdbc.update("""
                update tietovahti.inbound_mail set route = 'TRIAGE', process_instance_id = ?, decided_by = ?
                where id = ?""", d.processInstanceId, d.decidedBy, id);
        log.warn("Mail {} could not be processed ({}); sent to triage", id, error);
        return new Taken(Route.TRIAGE, id, d.reference, d.processInstanceId);
    }

    private record Decision(Route route, String reference, String caseNumber, String processInstanceId,
                            String decidedBy) {
    }

    private Decision decide(long id, InboundMessage message, AutomaticMail.Verdict verdict,
                            Optional<String> caseNumber, Instant received) {
        if (verdict.kind() == AutomaticMail.Kind.BOUNCE) {
            String bounced = markBounced(verdict.bouncedMessageId(), caseNumber);
            return triage(id, "BOUNCE", bounced == null
                    ? "a delivery failure report that names none of our letters (no answer sent)"
                    : "a letter of case " + bounced + " did not reach the requester: check the address", bounced);
        }
        if (caseNumber.isPresent()) {
            if (verdict.isAutomatic()) {
                // an out-of-office answer to one of our letters: kept with the case, nobody needs to act, no answer
                return new Decision(Route.CASE_REPLY, caseNumber.get(), caseNumber.get(), null,
                        "automatic reply to case " + caseNumber.get() + " (" + verdict.reason() + "): kept, no task");
            }
            return toCase(id, caseNumber.get());
        }
        if (verdict.isAutomatic()) {
            return triage(id, "AUTOMATIC", "automatic mail (" + verdict.reason() + "): no answer sent", null);
        }
        if (!message.problems().isEmpty()) {
            return triage(id, "UNREADABLE", "the message could not be read in full (see the problems listed)", null);
        }
        Optional<fi.tietovahti.disclosure.DisclosureMail.Recognised> authority = disclosureMail.recognise(
                message.fromAddress(), message.subject(), message.text());
        if (authority.isPresent()) {
            return disclosureRequest(id, authority.get());
        }
        List<InboundMessage.Attachment> forms = message.attachments().stream().filter(MailIntake::isWordDocument)
                .toList();
        if (forms.size() > 1) {
            return triage(id, "SEVERAL_FORMS", "several Word documents attached", null);
        }
        if (forms.size() == 1) {
            return fromForm(id, message, forms.get(0), received);
        }
        RequestClassifier.Classification c = classifier.classify(message.subject(), message.text(), message.html());
        String evidence = "classifier: " + String.join(", ", c.evidence()) + "; language "
                + (c.language() == null ? "unknown" : c.language());
        if (!c.isClear()) {
            return triage(id, c.doubt() == RequestClassifier.Doubt.FORWARDED ? "FORWARDED" : "UNCLEAR",
                    c.unclear() + " (" + evidence + ")", null);
        }
        if (!RequestDoors.automated(c.type())) {
            return triage(id, "NOT_AUTOMATED", notAutomated(c.type()) + " (" + evidence + ")", null);
        }
        return startRequest(c.type(), id, message.fromName(), message.fromAddress(), null,
                c.language() == null ? "fi" : c.language(), received, evidence,
                MailText.shown(MailText.forHandler(message)));
    }

    private Decision fromForm(long id, InboundMessage message, InboundMessage.Attachment attachment,
                              Instant received) {
        RequestForm form;
        try {
            form = RequestFormReader.read(attachment.content(), clock);
        } catch (UnreadableForm e) {
            return triage(id, "UNREADABLE_FORM", "the attached form cannot be read: " + e.getMessage(), null);
        }
        if (!form.problems().isEmpty()) {
            return triage(id, "FORM_PROBLEMS", "the form has problems: " + String.join("; ", form.problems()), null);
        }
        if (form.type() == null) {
            return triage(id, "FORM_WITHOUT_TYPE", "the form does not say which request it is", null);
        }
        if (!RequestDoors.automated(form.type())) {
            return triage(id, "NOT_AUTOMATED", notAutomated(form.type()) + " (request form)", null);
        }
        // The form says where to answer: the sender may be a relative's or a work address. Letters carry nothing
        // about the person until the requester is strongly identified, so answering the form's address exposes
        // nothing; the sender's address stays on the case and the handler sees both (README, "Requests by email").
        String answerTo = form.email() != null ? form.email() : message.fromAddress();
        String language = form.language() != null ? form.language()
                : Optional.ofNullable(classifier.classify(message.subject(), message.text(), message.html())
                .language()).orElse("fi");
        Decision d = startRequest(form.type(), id, form.name() != null ? form.name() : message.fromName(),
                answerTo, form.phone(), language, received,
                "request form: " + form.type().name().toLowerCase(Locale.ROOT) + "; language " + language,
                java.util.stream.Stream.of(form.correction(), form.description()).filter(t -> t != null && !t.isBlank())
                        .reduce((a, b) -> a + "\n\n" + b).orElse(null));
        if (d.route == Route.NEW_CASE) {
            String sender = message.fromAddress();
            cases.recordFormStatement(d.caseNumber, form.identityCode(), form.birthDate(),
                    sender != null && !sender.equalsIgnoreCase(answerTo.strip()) ? sender : null);
        }
        return d;
    }

    private Decision startRequest(PrivacyCase.Type type, long id, String name, String email, String phone,
                                  String language, Instant received, String decidedBy, String details) {
        String refused = refusal(name, email, language);
        if (refused != null) {
            return triage(id, "INCOMPLETE", "a request for " + type.name().toLowerCase(Locale.ROOT) + ", but "
                    + refused, null);
        }
        RequestDoors.Started started = accessRequests.receiveByEmail(new PrivacyRequests.Registration(type,
                received, language, PrivacyCase.Channel.EMAIL, name.strip(), email.strip(),
                phone == null || phone.isBlank() ? null : phone.strip(), false), details);
        cases.recordDecidedBy(started.caseNumber(), decidedBy);
        return new Decision(Route.NEW_CASE, started.caseNumber(), started.caseNumber(), started.processInstanceId(),
                decidedBy);
    }

    /**
     * An authority's or partner's request for data: disclosure-request, not a privacy right. One that names nobody
     * the registers could be searched for goes to a handler, who registers it with what is missing.
     */
    private Decision disclosureRequest(long id, fi.tietovahti.disclosure.DisclosureMail.Recognised r) {
        if (r.identityCode() == null) {
            return triage(id, "DISCLOSURE_INCOMPLETE", "a request for data from " + r.recipientId() + " ("
                    + r.purpose() + ") that names no valid identity code: register it in Tasklist once known", null);
        }
        fi.tietovahti.disclosure.DisclosureDoors.Started started = disclosureDoors.fromEmail(r.recipientId(),
                r.recipientId(), new fi.tietovahti.disclosure.DisclosureDoors.Ask(r.purpose(), r.legalReference(),
                        false, false, r.identityCode(), List.of(), null, "mail:" + id));
        return new Decision(Route.DISCLOSURE, started.reference(), null, started.processInstanceId(),
                "disclosure request from " + r.recipientId() + " (" + r.purpose() + ")");
    }

    private Decision toCase(long id, String caseNumber) {
        // also on the case: an intermediate message event keeps no local variable for the task after it
        List<String> results = workflow.correlateAll(REPLY_MESSAGE, caseNumber, Map.of("inboundMailId", id),
                Map.of("lastInboundMailId", id));
        if (results.isEmpty()) {
            // the case is closed, or waits nowhere for mail: a handler decides; a reply never starts a new case
            Decision d = triage(id, "REPLY_TO_CLOSED_CASE", "a message about case " + caseNumber
                    + ", which is not waiting for mail (closed?)", caseNumber);
            return new Decision(Route.CASE_REPLY, d.reference, caseNumber, d.processInstanceId, d.decidedBy);
        }
        return new Decision(Route.CASE_REPLY, caseNumber, caseNumber, results.get(0), "reply to case " + caseNumber);
    }

    private Decision triage(long id, String kind, String reason, String caseNumber) {
        String businessKey = "MAIL-" + id;
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("inboundMailId", id);
        variables.put("triageKind", kind);
        variables.put("triageReason", clip(reason, 1000));
        variables.put("caseNumber", caseNumber);
        String instance = workflow.start(TRIAGE_PROCESS, businessKey, variables).processInstanceId();
        return new Decision(Route.TRIAGE, businessKey, caseNumber, instance, clip(kind + ": " + reason, 2000));
    }

    /** Marks the bounced letter (and its case) as not delivered; returns the case number, if any. */
    private String markBounced(Optional<String> bouncedMessageId, Optional<String> caseNumber) {
        String kase = null;
        if (bouncedMessageId.isPresent()) {
            kase = outbound.markBounced(bouncedMessageId.get()).orElse(null);
        }
        if (kase == null) {
            kase = caseNumber.orElse(null);
        }
        if (kase != null) {
            cases.markLetterDeliveryFailed(kase);
        }
        return kase;
    }

    /** The case a message belongs to: our Message-ID in its thread headers (looked up), or a case number. */
    private Optional<String> caseOf(InboundMessage message) {
        Set<String> ids = new LinkedHashSet<>();
        for (String header : new String[] {message.inReplyTo(), message.references()}) {
            if (header != null) {
                Matcher m = MESSAGE_ID.matcher(header);
                while (m.find()) {
                    ids.add(m.group());
                }
            }
        }
        if (!ids.isEmpty()) {
            Optional<String> ours = outbound.caseOfLetters(ids);
            if (ours.isPresent()) {
                return ours;
            }
        }
        Optional<String> named = CaseThread.caseNumberOf(message, mail.messageIdDomain());
        // a case number that does not exist (a typo, a guess) does not make a message a reply
        return named.filter(cases::exists);
    }

    private long record(String key, byte[] raw, InboundMessage message, AutomaticMail.Verdict verdict, Instant now,
                        Instant received) {
        Long id = jdbc.queryForObject("""
                insert into tietovahti.inbound_mail (message_key, taken_at, received_at, size_bytes, from_address,
                                                     subject, automatic_kind, route, raw, problems)
                values (?, ?, ?, ?, ?, ?, ?, 'TRIAGE', ?, ?) returning id""", Long.class, key, Timestamp.from(now),
                Timestamp.from(received),
                raw == null ? 0 : raw.length, clip(message.fromAddress(), 320), clip(message.subject(), 1000),
                verdict.kind().name(), raw == null ? new byte[0] : raw,
                // written now: the triage task that shows them is created before this transaction ends
                message.problems().isEmpty() ? null : clip(String.join("\n", message.problems()), 4000));
        int position = 0;
        for (InboundMessage.Attachment a : message.attachments()) {
            jdbc.update("""
                    insert into tietovahti.inbound_attachment (inbound_mail_id, position, file_name, content_type, size_bytes,
                                                    content) values (?, ?, ?, ?, ?, ?)""", id, position++,
                    clip(a.fileName(), 500), clip(a.contentType(), 200), a.content().length, a.content());
        }
        return id;
    }

    private Long earlier(String key) {
        List<Long> ids = jdbc.queryForList("select id from tietovahti.inbound_mail where message_key = ?", Long.class, key);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The Message-ID; a message without one (or one that cannot be parsed) is known by the hash of its bytes. */
    static String messageKey(byte[] raw) {
        if (raw != null && raw.length > 0) {
            try {
                // the header block only: a message's body can be megabytes
                String[] ids = new jakarta.mail.internet.InternetHeaders(new ByteArrayInputStream(raw))
                        .getHeader("Message-ID");
                if (ids != null && ids.length > 0 && ids[0] != null && !ids[0].isBlank()) {
                    return clip("id:" + ids[0].strip(), 1000);
                }
            } catch (MessagingException e) {
                // not parseable: the hash still tells two deliveries of the same bytes apart from different ones
            }
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(raw == null ? new byte[0] : raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private AutomaticMail.Verdict verdict(byte[] raw) {
        List<String> own = new ArrayList<>(List.of(controller.senderAddress(), controller.privacyMailbox()));
        try {
            // headers, and the content type's parts for a delivery report, are all the verdict reads
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw == null ? new byte[0] : raw));
            return AutomaticMail.classify(message, own);
        } catch (MessagingException | RuntimeException e) {
            return new AutomaticMail.Verdict(AutomaticMail.Kind.PERSON, "headers unreadable", Optional.empty());
        }
    }

    private static boolean isWordDocument(InboundMessage.Attachment a) {
        String name = a.fileName() == null ? "" : a.fileName().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                .equalsIgnoreCase(a.contentType() == null ? "" : a.contentType().split(";")[0].strip());
    }

    private static String refusal(String name, String email, String language) {
        if (name == null || name.isBlank()) {
            return "the sender gave no name";
        }
        if (name.length() > 200) {
            return "the name is longer than 200 characters";
        }
        if (email == null || email.isBlank()) {
            return "there is no email address to answer";
        }
        try {
            new InternetAddress(email.strip(), true).validate();
        } catch (MessagingException e) {
            return "the email address is not valid";
        }
        if (!Set.of("fi", "sv", "en").contains(language)) {
            return "the language is not fi, sv or en";
        }
        return null;
    }

    private static String notAutomated(PrivacyCase.Type type) {
        return "a request for " + type.name().toLowerCase(Locale.ROOT) + ": start it by hand (no automatic process"
                + " for this right yet)";
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String clean = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).replace("\u0000", "");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
