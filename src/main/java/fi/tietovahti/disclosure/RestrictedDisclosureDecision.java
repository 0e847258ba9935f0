package fi.tietovahti.disclosure;

/**
 * What a handler decides on a disclosure of restricted data (variable restrictedDisclosureDecision): it is refused,
 * or made under one of Art. 18(2)'s exceptions, whose ground is recorded (variable restrictionExceptionGround).
 */
public enum RestrictedDisclosureDecision {
    EXCEPTION, REFUSE;

    public static final String VARIABLE = "restrictedDisclosureDecision";

    /** Art. 18(2): with consent, for legal claims, to protect another person's rights, for an important public interest. */
    public enum Ground { CONSENT, LEGAL_CLAIMS, PROTECTION_OF_OTHERS, PUBLIC_INTEREST }
}
