package fi.tietovahti.objection;

/** Process variable {@code objectionDecision}: the balancing's outcome. */
public enum ObjectionDecision {
    UPHELD, REFUSED;

    /** The process variable that holds it (the form field of the balancing task). */
    public static final String VARIABLE = "objectionDecision";
}
