package fi.tietovahti.disclosure;

import java.util.List;
import java.util.Set;

/**
 * Minimisation profiles: the fields a recipient may get, named by the decision table's output {@code profile}, and the
 * catalogue categories those fields come from. The extract has exactly these columns; nothing else is read for it.
 * A profile that reads collection, disturbance or health data is sensitive: a second person approves it.
 */
public enum Profile {
    /** Kela deciding a pending allowance or assistance case: the tenancy, the rent and the last year's payments. */
    KELA_TENANCY(List.of("name", "identityCode", "address", "tenancyStart", "tenancyEnd", "monthlyRent",
            "paymentsLast12Months"), Set.of("tenancy.resident-identity", "tenancy.lease", "rent-ledger.payment"), false),
    /** The landlord's notice to Kela that the tenancy ends (938/2014 §25(3)): who, where, when. */
    KELA_MOVE_OUT(List.of("name", "identityCode", "address", "tenancyEnd", "movedOut"),
            Set.of("tenancy.resident-identity", "tenancy.occupancy"), false),
    /** An authority's named case (police, tax, court): who the person is and the tenancy's dates. */
    CASE_NAMED(List.of("name", "identityCode", "address", "tenancyStart", "tenancyEnd"),
            Set.of("tenancy.resident-identity", "tenancy.lease"), false),
    /** The bailiff's enforcement case: the lease, the deposit and what is owed (collection data: sensitive). */
    BAILIFF(List.of("name", "identityCode", "address", "contractNumber", "tenancyStart", "tenancyEnd", "monthlyRent",
            "deposit", "openClaimsEur"), Set.of("tenancy.resident-identity", "tenancy.lease", "collection.case"), true),
    /** The population register: who lives or lived in the apartment. */
    RESIDENCE(List.of("name", "birthDate", "address", "movedIn", "movedOut"),
            Set.of("tenancy.resident-identity", "tenancy.occupancy"), false),
    /** Supervision of tenant selection (ARA, the municipality). */
    TENANT_SELECTION(List.of("name", "birthDate", "address", "tenancyStart", "householdSize"),
            Set.of("tenancy.resident-identity", "tenancy.lease"), false),
    /** The city's apartment-exchange service: the exchange application (never the exchange marketplace account). */
    EXCHANGE_APPLICATION(List.of("name", "address", "applicationSubmitted", "desiredDistricts", "desiredRooms",
            "applicationStatus"), Set.of("tenancy.resident-identity", "tenancy.exchange-application"), false),
    /** An insurer's damage claim: who and where, to reach the person. */
    DAMAGE_CLAIM(List.of("name", "address", "phone", "email"),
            Set.of("tenancy.resident-identity", "tenancy.resident-contact"), false),
    /** A debt handed to the collection partner: who, where to reach them, the lease and what is owed (sensitive). */
    COLLECTION_HANDOVER(List.of("name", "identityCode", "address", "phone", "email", "contractNumber",
            "openClaimsEur"), Set.of("tenancy.resident-identity", "tenancy.resident-contact", "tenancy.lease",
            "collection.case"), true),
    /** A processor acting for the landlord: what its service needs to reach the person. */
    SERVICE_NEEDS(List.of("name", "address", "phone", "email"),
            Set.of("tenancy.resident-identity", "tenancy.resident-contact"), false),
    /** A referral to social services' housing advisory: contact details only, with consent. */
    SOCIAL_REFERRAL(List.of("name", "address", "phone", "email"),
            Set.of("tenancy.resident-identity", "tenancy.resident-contact"), false),
    /** The resident committee's list for the residents' meeting: names and apartment numbers, never more. */
    RESIDENT_LIST(List.of("name", "apartment"), Set.of("tenancy.resident-identity"), false),
    /** The next tenant arranging a viewing: the leaving tenant's phone or email, with consent. */
    NEXT_TENANT_CONTACT(List.of("name", "phone", "email"), Set.of("tenancy.resident-contact"), false),
    /** Research and statistics: a pseudonym per person (unlinkable across requests) and coarse facts. */
    PSEUDONYMISED(List.of("pseudonym", "birthYear", "postalCode", "rooms", "tenancyStartYear", "householdSize"),
            Set.of("tenancy.resident-identity", "tenancy.lease", "tenancy.occupancy"), false),
    /** Nothing: a refusal. */
    NONE(List.of(), Set.of(), false);

    private final List<String> fields;
    private final Set<String> categories;
    private final boolean sensitive;

    Profile(List<String> fields, Set<String> categories, boolean sensitive) {
        this.fields = fields;
        this.categories = categories;
        this.sensitive = sensitive;
    }

    public List<String> fields() {
        return fields;
    }

    public Set<String> categories() {
        return categories;
    }

    /** Reads collection, disturbance or health data: four eyes. */
    public boolean sensitive() {
        return sensitive;
    }

    /** A list of a building's residents rather than named persons: always four eyes. */
    public boolean list() {
        return this == RESIDENT_LIST || this == PSEUDONYMISED;
    }
}
