package fi.tietovahti.security;

import java.util.List;

/** The Camunda groups of the staff (DESIGN.md, "Users"). */
public final class StaffGroups {

    public static final String PRIVACY_HANDLERS = "privacy-handlers";
    public static final String DPO = "dpo";
    public static final String COLLECTIONS = "collections";
    /** Camunda's own administrators group id; its members get every permission. */
    public static final String ADMIN = "camunda-admin";

    /** Partners' API users (Kela, the collection partner): they ask for data, nothing else. Not staff. */
    public static final String PARTNERS = "disclosure-partners";

    /** The collection partner's API user: reports its demands and gives claims back. Not staff. */
    public static final String COLLECTION_PARTNERS = "collection-partners";

    public static final List<String> ALL = List.of(PRIVACY_HANDLERS, DPO, COLLECTIONS, ADMIN);

    private StaffGroups() {
    }
}
