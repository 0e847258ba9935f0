package fi.tietovahti.delivery;

/** The documents are not handed out, and why. Nothing is revealed about the case beyond the reason. */
public class DeliveryRefused extends RuntimeException {

    public enum Reason { UNKNOWN, EXPIRED, NOT_IDENTIFIED, TOO_MANY_ATTEMPTS }

    private final Reason reason;

    DeliveryRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
