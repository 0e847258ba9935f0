package fi.tietovahti.registers;

/** The four cases of GDPR Art. 18(1) in which processing is restricted. */
public enum RestrictionGround {
    /** (a) the data subject contests accuracy: until the accuracy is verified. */
    ACCURACY_CONTESTED,
    /** (b) processing is unlawful and the subject asks for restriction instead of erasure. */
    UNLAWFUL_PROCESSING,
    /** (c) the controller no longer needs the data but the subject needs it for legal claims. */
    LEGAL_CLAIMS,
    /** (d) the subject objected (Art. 21(1)): until the balancing is decided. */
    OBJECTION_PENDING
}
