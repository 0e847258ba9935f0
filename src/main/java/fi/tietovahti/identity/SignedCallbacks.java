package fi.tietovahti.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.hetu.InvalidPersonalIdentityCodeException;
import fi.tietovahti.hetu.PersonalIdentityCode;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a provider webhook: checks its HMAC signature and age, parses the signer, and refuses an event seen before.
 * Used by every endpoint the provider calls back (identity verification, the secure-delivery identification). The
 * caller's transaction decides whether the event counts as seen: a refusal later in it rolls the record back too.
 */
@Component
public class SignedCallbacks {

    private static final Logger log = LoggerFactory.getLogger(SignedCallbacks.class);

    /** A completed signing or identification. Holds the full identity code: never log it. */
    public record SignedEvent(String eventId, String signingRequestId, String reference, String signerName,
                              PersonalIdentityCode signerCode) {
        /** The ids only: a record that reaches a log line by accident names nobody. */
        @Override
        public String toString() {
            return "SignedEvent[eventId=" + eventId + ", signingRequestId=" + signingRequestId + ", reference="
                    + reference + "]";
        }

        /**
         * Refuses the event unless it names the case its signing request was made for. The signature proves only
         * that the provider sent it; a request id of one case with the reference of another is an event we cannot
         * place, so it changes nothing.
         */
        public void requireCase(String caseNumber) {
            if (!reference.equals(caseNumber)) {
                throw refused(CallbackRefused.Reason.MISMATCH, "request " + signingRequestId + " was made for case "
                        + caseNumber + ", the event names " + reference);
            }
        }
    }

    private final EsignProperties properties;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    SignedCallbacks(EsignProperties properties, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Call inside a transaction. Throws {@link CallbackRefused} for a bad signature, a malformed body or a replay. */
    public SignedEvent read(String body, String signatureHeader) {
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
        String reference = event.path("reference").asText(null);
        String name = event.path("signer").path("name").asText(null);
        String code = event.path("signer").path("nationalIdentityNumber").asText(null);
        if (eventId == null || requestId == null || reference == null
                || !"signing.completed".equals(event.path("type").asText())
                || name == null || name.isBlank() || code == null) {
            throw refused(CallbackRefused.Reason.MALFORMED,
                    "missing eventId, signingRequestId, reference, type or signer");
        }
        PersonalIdentityCode hetu;
        try {
            hetu = PersonalIdentityCode.parse(code, clock);
        } catch (InvalidPersonalIdentityCodeException e) {
            throw refused(CallbackRefused.Reason.MALFORMED, "signer's identity code invalid (" + requestId + ")");
        }
        int inserted = jdbc.update("""
                insert into tietovahti.signature_callback_event (event_id, provider_request_id, received_at)
                values (?, ?, ?) on conflict (event_id) do nothing""", eventId, requestId,
                Timestamp.from(clock.instant()));
        if (inserted == 0) {
            throw refused(CallbackRefused.Reason.REPLAYED, "event already processed for request " + requestId);
        }
        return new SignedEvent(eventId, requestId, reference, name.strip(), hetu);
    }

    /** Logs the refusal (ids only, never the signer) and returns the exception to throw. */
    public static CallbackRefused refused(CallbackRefused.Reason reason, String detail) {
        log.warn("Signature callback refused: {} {}", reason, detail);
        return new CallbackRefused(reason, detail);
    }
}
