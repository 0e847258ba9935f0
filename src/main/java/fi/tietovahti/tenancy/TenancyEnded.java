package fi.tietovahti.tenancy;

import java.time.LocalDate;

/**
 * A tenancy ended in the register (the tenant moved out after a rescission, or was evicted): published in the
 * transaction that ended it, so that what follows (the deposit's settlement) is started with it or not at all.
 */
public record TenancyEnded(long tenancyId, LocalDate endedOn, String cause) {
}
