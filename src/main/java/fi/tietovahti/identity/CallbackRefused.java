package fi.tietovahti.identity;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A signature callback that is refused, and why; nothing was changed. */
public class CallbackRefused extends RuntimeException {

    /** MISMATCH: a genuine event whose case reference is not the one its signing request was made for. */
    public enum Reason { BAD_SIGNATURE, MALFORMED, UNKNOWN_REQUEST, MISMATCH, ALREADY_CLOSED, REPLAYED }

    private final Reason reason;

    public CallbackRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The answer every webhook endpoint gives the provider: the status for the reason, and the reason. */
    public ResponseEntity<Map<String, String>> response() {
        HttpStatus status = switch (reason) {
            case BAD_SIGNATURE -> HttpStatus.UNAUTHORIZED;
            case MALFORMED, MISMATCH -> HttpStatus.BAD_REQUEST;
            case UNKNOWN_REQUEST -> HttpStatus.NOT_FOUND;
            case ALREADY_CLOSED, REPLAYED -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(Map.of("status", "refused", "reason", reason.name()));
    }
}
