package fi.tietovahti.catalogue;

/** The event from which a retention period runs. */
public enum RetentionAnchor {
    /** When the record was made. */
    RECORDED,
    /** The end of the tenancy the record belongs to. */
    TENANCY_END,
    /** 31 December of the year in which the tenancy ended. */
    END_OF_YEAR_AFTER_TENANCY_END,
    /** The end of the financial year of the entry. */
    END_OF_FINANCIAL_YEAR,
    /** 31 December of the year in which the financial year ended. */
    END_OF_YEAR_AFTER_FINANCIAL_YEAR_END,
    /** 31 December of the year in which the claim ended (paid, written off, or time-barred). */
    END_OF_YEAR_AFTER_CLAIM_CLOSED,
    /** The end of the COVID exceptional period, set in configuration. */
    EXCEPTIONAL_PERIOD_END,
    /** When the subscriber unsubscribed (withdrew consent). */
    UNSUBSCRIBED,
    /** The account's last login. */
    LAST_LOGIN,
    /** When the user closed the account. */
    ACCOUNT_CLOSED,
    /** When a data-protection request was handled to the end. */
    CASE_CLOSED
}
