package fi.tietovahti.rectification;

/** Process variable {@code rectificationDecision}: the handler's review of the correction asked. */
public enum RectificationDecision {
    ACCEPT, REJECT;

    /** The process variable that holds it (the form field of the review task). */
    public static final String VARIABLE = "rectificationDecision";
}
