package fi.tietovahti.delivery;

import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.identity.CallbackRefused;
import fi.tietovahti.identity.EsignProperties;
import fi.tietovahti.identity.IdentityVerificationProvider;
import fi.tietovahti.identity.IdentityVerificationService;
import fi.tietovahti.identity.SignedCallbacks;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secure delivery of a case's documents, as Finnish organisations' "secure email" works: the letter carries only a
 * link; the link opens after strong identification through the same provider that verified the requester, and only
 * for the person it verified; it expires; every identification and download is recorded. Only hashes of the link
 * token and of the browser's session secret are stored, so a database reader cannot open a delivery.
 */
@Service
public class SecureDeliveries {

    public static final String SESSION_COOKIE = "TV_DELIVERY";

    private static final Logger log = LoggerFactory.getLogger(SecureDeliveries.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Created(long deliveryId, Instant expiresAt, String link) {
    }

    /** An identification begun: the browser keeps {@code sessionSecret} and is sent to {@code identifyAt}. */
    public record IdentificationStarted(String sessionSecret, URI identifyAt) {
    }

    /** A document handed out: what it is, and its bytes. */
    public record Download(CaseDocuments.Document document, byte[] content) {
    }

    private record Delivery(long id, long caseId, long verificationId, Instant expiresAt) {
    }

    private record Session(long id, long deliveryId, Instant expiresAt, Instant identifiedAt, Instant refusedAt) {
    }

    private final CaseRegistry cases;
    private final CaseDocuments documents;
    private final IdentityVerificationService identities;
    private final IdentityVerificationProvider provider;
    private final SignedCallbacks callbacks;
    private final EsignProperties esign;
    private final DeliveryProperties properties;
    private final OutboundMail mail;
    private final LetterTexts letters;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecureDeliveries(CaseRegistry cases, CaseDocuments documents, IdentityVerificationService identities,
                     IdentityVerificationProvider provider, SignedCallbacks callbacks, EsignProperties esign,
                     DeliveryProperties properties, OutboundMail mail, LetterTexts letters, JdbcTemplate jdbc,
                     Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.identities = identities;
        this.provider = provider;
        this.callbacks = callbacks;
        this.esign = esign;
        this.properties = properties;
        this.mail = mail;
        this.letters = letters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens a delivery of the case's documents to the person the verification identified, and emails the link.
     * A delivery made before for the case is revoked (its link stops working; its identifications and downloads
     * stay on record).
     */
    @Transactional
    public Created deliver(String caseNumber, long verificationId) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        if (kase.getRequesterEmail() == null) {
            throw new IllegalStateException("case " + caseNumber + " has no email address to send the link to");
        }
        if (documents.list(kase.getId()).isEmpty()) {
            throw new IllegalStateException("case " + caseNumber + " has no documents to deliver");
        }
        identities.verifiedIdentity(verificationId); // fails unless the verification established an identity
        String token = randomToken();
        Instant now = clock.instant();
        Instant expires = now.plus(properties.validFor());
        // a second delivery of the case (rendered again): the old link stops working, its record stays
        jdbc.update("update tietovahti.secure_delivery set revoked_at = ? where case_id = ? and revoked_at is null",
                Timestamp.from(now), kase.getId());
        Long id = jdbc.queryForObject("""
                insert into tietovahti.secure_delivery (case_id, verification_id, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?) returning id""", Long.class, kase.getId(), verificationId, hash(token),
                Timestamp.from(now), Timestamp.from(expires));
        String link = base() + "/delivery/" + token;
        LetterTexts.Letter letter = letters.letter("delivery.notice", kase.getLanguage(), Map.of(
                "caseNumber", caseNumber, "link", link, "expiresOn", DAY.format(expires.atZone(clock.getZone()))));
        mail.send(caseNumber, kase.getRequesterEmail(), letter.subject(), letter.body());
        log.info("Secure delivery {} opened for case {}", id, caseNumber);
        return new Created(id, expires, link);
    }

    /** The case number behind a link that is still open; refuses unknown and expired links. */
    @Transactional(readOnly = true)
    public String caseNumberOf(String token) {
        return cases.byId(open(token).caseId()).getCaseNumber();
    }

    /** Starts strong identification for a link: the provider is asked to identify the person at the browser. */
    @Transactional
    public IdentificationStarted startIdentification(String token) {
        Delivery delivery = open(token);
        // each attempt is a request to the provider: a link passed around cannot be used to flood it
        Integer recent = jdbc.queryForObject("select count(*) from tietovahti.delivery_session"
                        + " where delivery_id = ? and created_at > ?", Integer.class, delivery.id(),
                Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1))));
        if (recent != null && recent >= properties.maxIdentificationsPerDay()) {
            log.warn("Delivery {}: {} identifications started within a day; refused", delivery.id(), recent);
            throw new DeliveryRefused(DeliveryRefused.Reason.TOO_MANY_ATTEMPTS);
        }
        PrivacyCase kase = cases.byId(delivery.caseId());
        Instant now = clock.instant();
        Instant expires = now.plus(properties.sessionValidFor());
        // the provider sends the identifying browser back with this state; only the browser that holds both the
        // session cookie and the state gets the documents (a link holder cannot borrow someone else's signing)
        String state = randomToken();
        IdentityVerificationProvider.SigningRequest request = provider.createSigningRequest(
                new IdentityVerificationProvider.SigningRequestSpec(kase.getCaseNumber(), kase.getRequesterEmail(),
                        kase.getLanguage(), URI.create(base() + "/delivery/callback"), expires,
                        URI.create(base() + "/delivery/" + token + "/return?state=" + state)));
        String secret = randomToken();
        jdbc.update("""
                insert into tietovahti.delivery_session (delivery_id, secret_hash, provider_request_id, created_at,
                    expires_at, state_hash) values (?, ?, ?, ?, ?, ?)""", delivery.id(), hash(secret), request.id(),
                Timestamp.from(now), Timestamp.from(expires), hash(state));
        return new IdentificationStarted(secret, request.signingUrl());
    }

    /**
     * The provider's webhook for a delivery identification. The session is opened only when the identified person
     * is the one who was verified for the case; anyone else is recorded as refused. Invalid callbacks change nothing.
     */
    @Transactional
    public boolean handleCallback(String body, String signatureHeader) {
        SignedCallbacks.SignedEvent event = callbacks.read(body, signatureHeader);
        Session session = jdbc.query("""
                select id, delivery_id, expires_at, identified_at, refused_at from tietovahti.delivery_session
                where provider_request_id = ?""", (rs, i) -> session(rs), event.signingRequestId())
                .stream().findFirst().orElseThrow(() -> SignedCallbacks.refused(CallbackRefused.Reason.UNKNOWN_REQUEST,
                        "delivery identification " + event.signingRequestId()));
        if (session.identifiedAt() != null || session.refusedAt() != null
                || clock.instant().isAfter(session.expiresAt())) {
            throw SignedCallbacks.refused(CallbackRefused.Reason.ALREADY_CLOSED,
                    "delivery identification " + event.signingRequestId() + " is closed");
        }
        Delivery delivery = delivery(session.deliveryId());
        event.requireCase(cases.byId(delivery.caseId()).getCaseNumber());
        boolean same = identities.verifiedIdentity(delivery.verificationId()).code().equals(event.signerCode());
        jdbc.update("update tietovahti.delivery_session set " + (same ? "identified_at" : "refused_at")
                + " = ? where id = ?", Timestamp.from(clock.instant()), session.id());
        if (!same) {
            log.warn("Delivery {}: identified person is not the verified requester; not opened", delivery.id());
        }
        return same;
    }

    /** Where an identification stands when the provider sends the browser back. */
    public enum Return { IDENTIFIED, PENDING, REFUSED }

    /**
     * The browser is back from the provider with the state of its own identification. The webhook may not have
     * arrived yet (PENDING: the page waits and asks again).
     */
    @Transactional
    public Return returned(String token, String sessionSecret, String state) {
        Delivery delivery = open(token);
        if (sessionSecret == null || state == null) {
            throw new DeliveryRefused(DeliveryRefused.Reason.NOT_IDENTIFIED);
        }
        Session session = sessionBySecret(sessionSecret);
        String stateHash = jdbc.queryForObject("select state_hash from tietovahti.delivery_session where id = ?",
                String.class, session.id());
        if (session.deliveryId() != delivery.id() || stateHash == null || !stateHash.equals(hash(state))) {
            throw new DeliveryRefused(DeliveryRefused.Reason.NOT_IDENTIFIED);
        }
        if (clock.instant().isAfter(session.expiresAt())) {
            throw new DeliveryRefused(DeliveryRefused.Reason.EXPIRED);
        }
        jdbc.update("update tietovahti.delivery_session set returned_at = coalesce(returned_at, ?) where id = ?",
                Timestamp.from(clock.instant()), session.id());
        if (session.refusedAt() != null) {
            return Return.REFUSED;
        }
        return session.identifiedAt() != null ? Return.IDENTIFIED : Return.PENDING;
    }

    /** The documents, for a browser whose session identified the right person, while link and session are open. */
    @Transactional(readOnly = true)
    public List<CaseDocuments.Document> documents(String token, String sessionSecret) {
        Delivery delivery = identified(token, sessionSecret);
        return documents.list(delivery.caseId());
    }

    /** One document; every download is recorded. */
    @Transactional
    public Download download(String token, String sessionSecret, CaseDocuments.Kind kind) {
        Delivery delivery = identified(token, sessionSecret);
        CaseDocuments.Document document = documents.list(delivery.caseId()).stream().filter(d -> d.kind() == kind)
                .findFirst().orElseThrow(() -> new DeliveryRefused(DeliveryRefused.Reason.UNKNOWN));
        byte[] content = documents.content(delivery.caseId(), kind)
                .orElseThrow(() -> new DeliveryRefused(DeliveryRefused.Reason.UNKNOWN));
        long sessionId = jdbc.queryForObject("select id from tietovahti.delivery_session where secret_hash = ?",
                Long.class, hash(sessionSecret));
        jdbc.update("""
                insert into tietovahti.delivery_download (delivery_id, session_id, document_kind, downloaded_at)
                values (?, ?, ?, ?)""", delivery.id(), sessionId, kind.name(), Timestamp.from(clock.instant()));
        log.info("Delivery {}: {} downloaded", delivery.id(), kind);
        return new Download(document, content);
    }

    private Delivery identified(String token, String sessionSecret) {
        Delivery delivery = open(token);
        if (sessionSecret == null || sessionSecret.isBlank()) {
            throw new DeliveryRefused(DeliveryRefused.Reason.NOT_IDENTIFIED);
        }
        Session session = sessionBySecret(sessionSecret);
        Timestamp returned = jdbc.queryForObject("select returned_at from tietovahti.delivery_session where id = ?",
                Timestamp.class, session.id());
        if (session.deliveryId() != delivery.id() || session.identifiedAt() == null || returned == null) {
            throw new DeliveryRefused(DeliveryRefused.Reason.NOT_IDENTIFIED);
        }
        if (clock.instant().isAfter(session.expiresAt())) {
            throw new DeliveryRefused(DeliveryRefused.Reason.EXPIRED);
        }
        return delivery;
    }

    private Session sessionBySecret(String sessionSecret) {
        return jdbc.query("""
                select id, delivery_id, expires_at, identified_at, refused_at from tietovahti.delivery_session
                where secret_hash = ?""", (rs, i) -> session(rs), hash(sessionSecret)).stream().findFirst()
                .orElseThrow(() -> new DeliveryRefused(DeliveryRefused.Reason.NOT_IDENTIFIED));
    }

    private Delivery open(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            throw new DeliveryRefused(DeliveryRefused.Reason.UNKNOWN);
        }
        Delivery delivery = jdbc.query("""
                select id, case_id, verification_id, expires_at from tietovahti.secure_delivery
                where token_hash = ? and revoked_at is null""",
                (rs, i) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant()),
                hash(token)).stream().findFirst().orElseThrow(() -> new DeliveryRefused(DeliveryRefused.Reason.UNKNOWN));
        if (clock.instant().isAfter(delivery.expiresAt())) {
            throw new DeliveryRefused(DeliveryRefused.Reason.EXPIRED);
        }
        return delivery;
    }

    private Delivery delivery(long id) {
        try {
            return jdbc.queryForObject("select id, case_id, verification_id, expires_at from tietovahti.secure_delivery"
                    + " where id = ?", (rs, i) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getTimestamp(4).toInstant()), id);
        } catch (EmptyResultDataAccessException e) {
            throw new DeliveryRefused(DeliveryRefused.Reason.UNKNOWN);
        }
    }

    private static Session session(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp identified = rs.getTimestamp("identified_at");
        Timestamp refused = rs.getTimestamp("refused_at");
        return new Session(rs.getLong("id"), rs.getLong("delivery_id"), rs.getTimestamp("expires_at").toInstant(),
                identified == null ? null : identified.toInstant(), refused == null ? null : refused.toInstant());
    }

    private String base() {
        return esign.publicBaseUrl().replaceAll("/+$", "");
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
