package fi.tietovahti.intake;

/** A request-form attachment that is not read at all, and why (for the handler's triage task). */
public class UnreadableForm extends RuntimeException {
    public UnreadableForm(String reason) {
        super(reason);
    }

    public UnreadableForm(String reason, Throwable cause) {
        super(reason, cause);
    }
}
