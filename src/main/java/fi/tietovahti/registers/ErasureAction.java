package fi.tietovahti.registers;

/** What an erasure plan decides for one data category. */
public enum ErasureAction {
    /** Delete the records. */
    ERASE,
    /** Keep the record for its aggregate value (sums, the apartment's history) but remove the person from it. */
    ANONYMISE,
    /** A legal hold: leave the records as they are. */
    KEEP
}
