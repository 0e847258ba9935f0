package fi.tietovahti.registers.tenancy;

/** How a person lives in a tenancy; decides what the register may hold about them. */
public enum OccupantRole {
    MAIN_TENANT, SPOUSE, ADULT, MINOR;

    /** Main tenants and spouses are the contract parties: the privacy notice keeps their identity code. */
    public boolean isContractParty() {
        return this == MAIN_TENANT || this == SPOUSE;
    }
}
