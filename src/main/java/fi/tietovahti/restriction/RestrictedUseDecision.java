package fi.tietovahti.restriction;

/** Process variable {@code restrictedUseDecision}: what became of a use of restricted data the guard held back. */
public enum RestrictedUseDecision {
    LEFT_UNDONE, EXCEPTION;

    /** The process variable that holds it (the form field of the restricted-processing task). */
    public static final String VARIABLE = "restrictedUseDecision";
}
