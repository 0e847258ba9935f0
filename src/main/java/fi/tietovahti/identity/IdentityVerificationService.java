package fi.tietovahti.identity;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import fi.tietovahti.platform.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    public static final String SIGNED_MESSAGE = fi.tietovahti.processes.VerifyIdentityProcess.Message.IDENTITY_SIGNED;

    private static final Logger log = LoggerFactory.getLogger(IdentityVerificationService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final CaseRegistry cases;
    private final IdentityVerificationRepository verifications;
    private final IdentityVerificationProvider provider;
    private final EsignProperties properties;
    private final OutboundMail mail;
    private final LetterTexts letters;
    private final Workflow workflow;
    private final SignedCallbacks callbacks;
    private final Clock clock;

    IdentityVerificationService(CaseRegistry cases, IdentityVerificationRepository verifications,
                                IdentityVerificationProvider provider, EsignProperties properties, OutboundMail mail,
                                LetterTexts letters, Workflow workflow, SignedCallbacks callbacks, Clock clock) {
        this.cases = cases;
        this.verifications = verifications;
        this.provider = provider;
        this.properties = properties;
        this.mail = mail;
        this.letters = letters;
        this.workflow = workflow;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /** A case without an email address cannot be invited to sign: a handler must check identity at the desk. */
    public static class NoEmailAddress extends RuntimeException {
        NoEmailAddress(String caseNumber) {
            super("case " + caseNumber + " has no email address for an e-signature invitation");
        }
    }

    /** A verified identity, for matching the data subject. Holds the full identity code: never log or store it. */
    public record VerifiedIdentity(long verificationId, String name, PersonalIdentityCode code, Instant requestedAt,
                                   Instant verifiedAt) {
        /** The ids only: a record that reaches a log line by accident names nobody. */
        @Override
        public String toString() {
            return "VerifiedIdentity[verificationId=" + verificationId + "]";
        }
    }

    /** The identity a verification established; fails when it established none. */
    @Transactional(readOnly = true)
    public VerifiedIdentity verifiedIdentity(long verificationId) {
        IdentityVerification v = verifications.findById(verificationId).orElseThrow();
        if (v.outcome != IdentityVerification.Outcome.VERIFIED) {
            throw new IllegalStateException("verification " + verificationId + " is " + v.outcome + ", not verified");
        }
        return new VerifiedIdentity(v.id, v.verifiedName, PersonalIdentityCode.ofStored(v.verifiedHetu), v.requestedAt,
                v.verifiedAt);
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
        SignedCallbacks.SignedEvent event = callbacks.read(body, signatureHeader);
        String requestId = event.signingRequestId();
        PersonalIdentityCode hetu = event.signerCode();
        String name = event.signerName();
        IdentityVerification v = verifications.findByProviderRequestId(requestId)
                .orElseThrow(() -> refused(CallbackRefused.Reason.UNKNOWN_REQUEST, "request " + requestId));
        event.requireCase(caseOf(v).getCaseNumber());
        if (v.outcome != IdentityVerification.Outcome.PENDING) {
            throw refused(CallbackRefused.Reason.ALREADY_CLOSED, "request " + requestId + " is " + v.outcome);
        }
        v.verified(clock.instant(), name.strip(), hetu);
        // no process waiting for this signature any more (closed meanwhile): roll back, refuse
        String instance = workflow.correlateOne(SIGNED_MESSAGE, "signingRequestId", requestId, Map.of(
                        "identityVerified", true, "verifiedIdentityCodeMasked", hetu.masked()))
                .orElseThrow(() -> refused(CallbackRefused.Reason.ALREADY_CLOSED,
                        "no process waits for request " + requestId));
        log.info("Identity verified by e-signature for case {} (request {}, process {})",
                caseOf(v).getCaseNumber(), requestId, instance);
    }

    private static CallbackRefused refused(CallbackRefused.Reason reason, String detail) {
        return SignedCallbacks.refused(reason, detail);
    }

    private PrivacyCase caseOf(IdentityVerification v) {
        return cases.byId(v.caseId);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
