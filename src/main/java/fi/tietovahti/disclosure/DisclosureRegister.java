package fi.tietovahti.disclosure;

import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure register: every hand-over, with its recipient, purpose, basis, the people, the categories and
 * fields sent, who decided and approved, how it was delivered and the SHA-256 of the very file delivered. Delivery and
 * record are one transaction: what the recipient can download is what the register says was disclosed.
 */
@Service
public class DisclosureRegister {

    /** The disclosure may no longer be made (consent withdrawn, processing restricted since the approval). */
    public static class NoLongerAllowed extends RuntimeException {
        public NoLongerAllowed(String reason) {
            super(reason);
        }
    }

    /** A hand-over as the register holds it. */
    public record Disclosure(long id, String reference, String recipientId, String recipientKind, String recipientName,
                             String deliveredTo, String purpose, String basis, String nationalSection,
                             String categories, String fields, String decidedBy, String approvedBy,
                             String secondApprovedBy, String cause, Instant disclosedAt, String sha256,
                             String restrictionException, Long consentId) {
    }

    /** A file waiting for its recipient. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Authorities and partners are Finnish organisations: the letters are in Finnish. */
    private static final String LANGUAGE = "fi";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DisclosureRequests requests;
    private final DisclosureExtracts extracts;
    private final Consents consents;
    private final Recipients recipients;
    private final DisclosureProperties properties;
    private final LetterTexts letters;
    private final OutboundMail mail;
    private final KelaNotices kelaNotices;

    DisclosureRegister(JdbcTemplate jdbc, Clock clock, DisclosureRequests requests, DisclosureExtracts extracts,
                       Consents consents, Recipients recipients, DisclosureProperties properties, LetterTexts letters,
                       OutboundMail mail, KelaNotices kelaNotices) {
        this.kelaNotices = kelaNotices;
        this.jdbc = jdbc;
        this.clock = clock;
        this.requests = requests;
        this.extracts = extracts;
        this.consents = consents;
        this.recipients = recipients;
        this.properties = properties;
        this.letters = letters;
        this.mail = mail;
    }

    /**
     * Checks again that the disclosure may be made, builds the minimised extract, records it and sends the recipient a
     * link to it at its registered address. A request delivered before (a retried job) is not delivered twice.
     *
     * @throws NoLongerAllowed when a consent was withdrawn or a restriction began since the decision; recorded as
     *                         the request's refusal, which stays when the caller goes on (the model catches it)
     */
    @Transactional(noRollbackFor = NoLongerAllowed.class)
    public long deliver(String reference) {
        Optional<Long> done = jdbc.query("""
                select d.id from tietovahti.disclosure d join tietovahti.disclosure_request r on r.id = d.request_id
                where r.reference = ?""", (rs, i) -> rs.getLong(1), reference).stream().findFirst();
        if (done.isPresent()) {
            return done.get();
        }
        DisclosureRequests.Request request = requests.request(reference);
        Profile profile = Profile.valueOf(request.profile());
        List<Long> subjects = requests.subjects(request.id());
        Recipients.Recipient recipient = recipients.byId(request.recipientId()).orElseThrow(() ->
                new NoLongerAllowed("the recipient " + request.recipientId() + " is no longer in the directory"));
        Map<String, Object> row = jdbc.queryForMap("select consent_required, restriction_exception from "
                + "tietovahti.disclosure_request where id = ?", request.id());
        Long consentId = null;
        if (Boolean.TRUE.equals(row.get("consent_required"))) {
            for (Long person : subjects) {
                Optional<Consents.Consent> consent = consents.inForce(person, request.recipientKind(),
                        request.purpose());
                if (consent.isEmpty()) {
                    throw refused(reference, "Suostumus on peruttu / The consent was withdrawn before the delivery");
                }
                consentId = consent.get().id();
            }
        }
        if (row.get("restriction_exception") == null && requests.restricted(subjects, profile)) {
            throw refused(reference, "Käsittely on rajoitettu / Processing of the data is restricted (GDPR Art. 18) "
                    + "and no Art. 18(2) exception is recorded");
        }
        Instant now = clock.instant();
        Map<Long, Map<String, String>> supplied = new java.util.HashMap<>();
        if (profile == Profile.KELA_MOVE_OUT) {
            kelaNotices.movesOut(request.id()).forEach((person, day) -> supplied.put(person, Map.of("movedOut", day)));
        }
        DisclosureExtracts.Extract extract = extracts.extract(reference, profile, subjects,
                LocalDate.ofInstant(now, clock.getZone()), supplied);
        byte[] tokenBytes = new byte[32];
        RANDOM.nextBytes(tokenBytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
        Instant expires = now.plus(properties.downloadValidFor());
        Long id = jdbc.queryForObject("""
                insert into tietovahti.disclosure (request_id, recipient_id, recipient_kind, recipient_name,
                    delivered_to, purpose, basis, national_section, consent_id, restriction_exception, categories,
                    fields, decided_by, approved_by, second_approved_by, cause, disclosed_at, delivery, file_name,
                    media_type, sha256, content, download_token_hash, download_expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DOWNLOAD_LINK', ?, ?, ?, ?, ?, ?)
                returning id""", Long.class, request.id(), recipient.id(), recipient.kind(), recipient.name(),
                recipient.address(), request.purpose(), request.basis(), request.nationalSection(), consentId,
                row.get("restriction_exception"), String.join(",", new java.util.TreeSet<>(profile.categories())),
                String.join(",", profile.fields()), request.decidedBy(), request.approvedBy(), request.secondApprovedBy(),
                request.cause(), Timestamp.from(now), extract.fileName(), extract.mediaType(), extract.sha256(),
                extract.content(), DisclosureExtracts.sha256(token.getBytes(StandardCharsets.US_ASCII)),
                Timestamp.from(expires));
        jdbc.batchUpdate("insert into tietovahti.disclosure_subject (disclosure_id, person_id) values (?, ?)",
                subjects.stream().map(p -> new Object[]{id, p}).toList());
        jdbc.update("update tietovahti.disclosure_request set status = 'DELIVERED', closed_at = ? where id = ?",
                Timestamp.from(now), request.id());
        LetterTexts.Letter letter = letters.letter("disclosure.delivery", LANGUAGE, Map.of(
                "reference", reference, "recipient", recipient.name(), "purpose", request.purpose(),
                "basis", request.nationalSection() == null ? request.basis() : request.nationalSection(),
                "rows", Integer.toString(extract.rows()), "fingerprint", extract.sha256(),
                "expiresOn", DAY.format(expires.atZone(clock.getZone())),
                "link", properties.publicBaseUrl().replaceAll("/+$", "") + "/disclosures/" + token));
        mail.send(reference, recipient.address(), letter.subject(), letter.body());
        return id;
    }

    private NoLongerAllowed refused(String reference, String reason) {
        requests.refuse(reference, reason);
        return new NoLongerAllowed(reason);
    }

    /** Tells the recipient, at its registered address, that and why nothing is disclosed. Unknown recipients hear nothing. */
    @Transactional
    public void tellRefusal(String reference) {
        DisclosureRequests.Request request = requests.request(reference);
        recipients.byId(request.recipientId()).ifPresent(recipient -> {
            LetterTexts.Letter letter = letters.letter("disclosure.refusal", LANGUAGE, Map.of("reference", reference,
                    "recipient", recipient.name(), "purpose", request.purpose(), "reason", request.reason()));
            mail.send(reference, recipient.address(), letter.subject(), letter.body());
        });
    }

    /** The file behind a link while it is valid; empty for an unknown or expired link (an expired one is emptied). */
    @Transactional
    public Optional<Download> download(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        String hash = DisclosureExtracts.sha256(token.getBytes(StandardCharsets.US_ASCII));
        Instant now = clock.instant();
        jdbc.update("update tietovahti.disclosure set content = null where download_token_hash = ? "
                + "and download_expires_at <= ?", hash, Timestamp.from(now));
        List<Download> found = jdbc.query("""
                select file_name, media_type, content from tietovahti.disclosure
                where download_token_hash = ? and content is not null""", (rs, i) -> new Download(
                rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")), hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("update tietovahti.disclosure set downloaded_at = coalesce(downloaded_at, ?) "
                + "where download_token_hash = ?", Timestamp.from(now), hash);
        return Optional.of(found.get(0));
    }

    /** The disclosures made about the person, newest first (the access report lists them, GDPR 15(1)(c)). */
    public List<Disclosure> about(long personId) {
        return jdbc.query("""
                select d.*, r.reference from tietovahti.disclosure d
                join tietovahti.disclosure_request r on r.id = d.request_id
                join tietovahti.disclosure_subject s on s.disclosure_id = d.id
                where s.person_id = ? order by d.disclosed_at desc, d.id desc""", (rs, i) -> map(rs), personId);
    }

    /** A recipient the person's data went to, where it is registered, and which of the categories it got. */
    public record Recipient(String id, String catalogueRecipient, String address,
                            java.util.SortedSet<String> categories) {
    }

    /**
     * The recipients to which the person's data in any of the categories was disclosed (Art. 19: they are told of
     * an erasure or rectification), each at its registered address with the categories it got. A recipient no longer
     * in the directory is told at the address the disclosure went to.
     */
    public List<Recipient> recipientsOf(long personId, java.util.Collection<String> categories) {
        java.util.Map<String, Recipient> byId = new java.util.TreeMap<>();
        for (Disclosure d : about(personId)) {
            java.util.SortedSet<String> got = new java.util.TreeSet<>(List.of(d.categories().split(",")));
            got.retainAll(categories);
            if (got.isEmpty()) {
                continue;
            }
            Optional<Recipients.Recipient> now = recipients.byId(d.recipientId());
            Recipient known = byId.computeIfAbsent(d.recipientId(), id -> new Recipient(id,
                    now.map(Recipients.Recipient::catalogueRecipient).orElse(null),
                    now.map(Recipients.Recipient::address).orElse(d.deliveredTo()), new java.util.TreeSet<>()));
            known.categories().addAll(got);
        }
        return List.copyOf(byId.values());
    }

    /** The hand-over of a request (none, or one). */
    public List<Disclosure> of(String reference) {
        return jdbc.query("""
                select d.*, r.reference from tietovahti.disclosure d
                join tietovahti.disclosure_request r on r.id = d.request_id where r.reference = ?""",
                (rs, i) -> map(rs), reference);
    }

    private static Disclosure map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Object consent = rs.getObject("consent_id");
        return new Disclosure(rs.getLong("id"), rs.getString("reference"), rs.getString("recipient_id"),
                rs.getString("recipient_kind"), rs.getString("recipient_name"), rs.getString("delivered_to"),
                rs.getString("purpose"), rs.getString("basis"), rs.getString("national_section"),
                rs.getString("categories"), rs.getString("fields"), rs.getString("decided_by"),
                rs.getString("approved_by"), rs.getString("second_approved_by"), rs.getString("cause"),
                rs.getTimestamp("disclosed_at").toInstant(), rs.getString("sha256"),
                rs.getString("restriction_exception"), consent == null ? null : ((Number) consent).longValue());
    }
}
