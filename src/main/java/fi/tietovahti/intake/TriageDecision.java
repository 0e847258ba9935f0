package fi.tietovahti.intake;

/** Process variable {@code triageDecision}: what the handler does with a message in triage. */
public enum TriageDecision {
    START_ACCESS_REQUEST, REPLY, CLOSE;

    /** The process variable that holds it (the form field of the triage task). */
    public static final String VARIABLE = TriageValues.DECISION;

    static TriageDecision of(String value) {
        try {
            return value == null ? null : valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
