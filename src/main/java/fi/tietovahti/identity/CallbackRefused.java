package fi.tietovahti.identity;

/** A signature callback that is refused, and why; nothing was changed. */
public class CallbackRefused extends RuntimeException {

    public enum Reason { BAD_SIGNATURE, MALFORMED, UNKNOWN_REQUEST, ALREADY_CLOSED, REPLAYED }

    private final Reason reason;

    public CallbackRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
