package fi.tietovahti.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.hetu.InvalidPersonalIdentityCodeException;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity verification of a case's requester: by e-signature (request, invitation, reminder, signed callback,
 * expiry) or by a check at the service desk. The verified identity code is stored with the verification and
 * nowhere else; the process gets the verification's id and the masked code.
 */
@Service
public class IdentityVerificationService {

    /** The message a waiting verify-identity instance receives when the requester has signed. */
    public static final String SIGNED_MESSAGE = "IdentitySigned";

    private static final Logger log = LoggerFactory.getLogger(IdentityVerificationService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final CaseRegistry cases;
    private final IdentityVerificationRepository verifications;
    private final IdentityVerificationProvider provider;
    private final EsignProperties properties;
    private final OutboundMail mail;
    private final LetterTexts letters;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    IdentityVerificationService(CaseRegistry cases, IdentityVerificationRepository verifications,
                                IdentityVerificationProvider provider, EsignProperties properties, OutboundMail mail,
                                LetterTexts letters, RuntimeService runtime, JdbcTemplate jdbc, ObjectMapper json,
                                Clock clock) {
        this.cases = cases;
        this.verifications = verifications;
        this.provider = provider;
        this.properties = properties;
        this.mail = mail;
        this.letters = letters;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A case without an email address cannot be invited to sign: a handler must check identity at the desk. */
    public static class NoEmailAddress extends RuntimeException {
        NoEmailAddress(String caseNumber) {
            super("case " + caseNumber + " has no email address for an e-signature invitation");
        }
    }

    public record SignatureStarted(long verificationId, String signingRequestId) {
    }

    /** NoEmailAddress is an expected answer, turned into a BPMN error: it must not doom the engine's transaction. */
    @Transactional(noRollbackFor = NoEmailAddress.class)
    public SignatureStarted requestSignature(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        if (kase.getRequesterEmail() == null) {
            throw new NoEmailAddress(caseNumber);
        }
        Instant now = clock.instant();
        IdentityVerificationProvider.SigningRequest request = provider.createSigningRequest(
                new IdentityVerificationProvider.SigningRequestSpec(caseNumber, kase.getRequesterEmail(),
                        kase.getLanguage(), URI.create(properties.callbackUrl()), now.plus(properties.expiresAfter())));
        IdentityVerification v = verifications.save(IdentityVerification.signatureRequested(kase.getId(), now,
                request.id(), request.signingUrl().toString()));
        log.info("Signing request {} created for case {}", request.id(), caseNumber);
        return new SignatureStarted(v.id, request.id());
    }

    public void sendInvitation(long verificationId) {
        sendSigningLetter(verificationId, "identity.invitation");
    }

    public void sendReminder(long verificationId) {
        sendSigningLetter(verificationId, "identity.reminder");
    }

    private void sendSigningLetter(long verificationId, String letter) {
        IdentityVerification v = verifications.findById(verificationId).orElseThrow();
        PrivacyCase kase = caseOf(v);
        Instant expires = v.requestedAt.plus(properties.expiresAfter());
        LetterTexts.Letter text = letters.letter(letter, kase.getLanguage(), Map.of("caseNumber",
                kase.getCaseNumber(), "signingUrl", v.signingUrl,
                "expiresOn", DAY.format(expires.atZone(zone()))));
        mail.send(kase.getCaseNumber(), kase.getRequesterEmail(), text.subject(), text.body());
    }

    /** Closes an unsigned verification and tells the requester; does nothing to one already verified. */
    @Transactional
    public boolean expire(long verificationId) {
        IdentityVerification v = verifications.findById(verificationId).orElseThrow();
        if (v.outcome != IdentityVerification.Outcome.PENDING) {
            return false;
        }
        v.outcome = IdentityVerification.Outcome.EXPIRED;
        PrivacyCase kase = caseOf(v);
        LetterTexts.Letter text = letters.letter("identity.expired", kase.getLanguage(),
                Map.of("caseNumber", kase.getCaseNumber()));
        mail.send(kase.getCaseNumber(), kase.getRequesterEmail(), text.subject(), text.body());
        return true;
    }

    /** Records a check a handler made at the service desk with an identity document. */
    @Transactional
    public IdentityVerification recordDeskCheck(String caseNumber, String name, PersonalIdentityCode hetu,
                                                String documentType, String checkedBy) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        return verifications.save(IdentityVerification.checkedAtDesk(kase.getId(), clock.instant(), name.strip(), hetu,
                documentType, checkedBy));
    }

    /**
     * Handles the provider's webhook: authenticates it, refuses replays, unknown and closed requests, records the
     * verified identity and lets the waiting process go on. Throws {@link CallbackRefused} (and changes nothing)
     * for anything it refuses. Logs carry the provider's request id and the case number, never the signer.
     */
    @Transactional
    public void handleCallback(String body, String signatureHeader) {
        if (!WebhookSignature.verify(properties.webhookSecret(), signatureHeader, body, clock.instant(),
                properties.callbackTolerance())) {
            throw refused(CallbackRefused.Reason.BAD_SIGNATURE, "signature missing, wrong or too old");
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (IOException e) {
            throw refused(CallbackRefused.Reason.MALFORMED, "not JSON");
        }
        String eventId = event.path("eventId").asText(null);
        String requestId = event.path("signingRequestId").asText(null);
        String name = event.path("signer").path("name").asText(null);
        String code = event.path("signer").path("nationalIdentityNumber").asText(null);
        if (eventId == null || requestId == null || !"signing.completed".equals(event.path("type").asText())
                || name == null || name.isBlank() || code == null) {
            throw refused(CallbackRefused.Reason.MALFORMED, "missing eventId, signingRequestId, type or signer");
        }
        PersonalIdentityCode hetu;
        try {
            hetu = PersonalIdentityCode.parse(code);
        } catch (InvalidPersonalIdentityCodeException e) {
            throw refused(CallbackRefused.Reason.MALFORMED, "signer's identity code invalid (" + requestId + ")");
        }
        Integer inserted = jdbc.update("""
                insert into tietovahti.signature_callback_event (event_id, provider_request_id, received_at)
                values (?, ?, ?) on conflict (event_id) do nothing""", eventId, requestId,
                java.sql.Timestamp.from(clock.instant()));
        if (inserted == 0) {
            throw refused(CallbackRefused.Reason.REPLAYED, "event already processed for request " + requestId);
        }
        IdentityVerification v = verifications.findByProviderRequestId(requestId)
                .orElseThrow(() -> refused(CallbackRefused.Reason.UNKNOWN_REQUEST, "request " + requestId));
        if (v.outcome != IdentityVerification.Outcome.PENDING) {
            throw refused(CallbackRefused.Reason.ALREADY_CLOSED, "request " + requestId + " is " + v.outcome);
        }
        v.verified(clock.instant(), name.strip(), hetu);
        MessageCorrelationResult result;
        try {
            result = runtime.createMessageCorrelation(SIGNED_MESSAGE)
                    .processInstanceVariableEquals("signingRequestId", requestId)
                    .setVariable("identityVerified", true)
                    .setVariable("verifiedIdentityCodeMasked", hetu.masked())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            // no process is waiting for this signature any more (closed meanwhile): roll back, refuse
            throw refused(CallbackRefused.Reason.ALREADY_CLOSED, "no process waits for request " + requestId);
        }
        log.info("Identity verified by e-signature for case {} (request {}, process {})",
                caseOf(v).getCaseNumber(), requestId, result.getExecution().getProcessInstanceId());
    }

    private CallbackRefused refused(CallbackRefused.Reason reason, String detail) {
        log.warn("Signature callback refused: {} {}", reason, detail);
        return new CallbackRefused(reason, detail);
    }

    private PrivacyCase caseOf(IdentityVerification v) {
        return cases.byId(v.caseId);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
