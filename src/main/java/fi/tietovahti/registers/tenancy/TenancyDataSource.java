package fi.tietovahti.registers.tenancy;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The tenancy register: residents, leases, changes in the tenancy and evacuation housing. */
@Component
class TenancyDataSource extends RegisterSource {

    static final String IDENTITY = "tenancy.resident-identity";
    static final String CONTACT = "tenancy.resident-contact";
    static final String OCCUPANCY = "tenancy.occupancy";
    static final String LEASE = "tenancy.lease";
    static final String LEASE_CHANGE = "tenancy.lease-change";
    static final String EVACUATION = "tenancy.evacuation";
    static final String EXCHANGE_APPLICATION = "tenancy.exchange-application";

    private final PersonRepository persons;
    private final OccupancyRepository occupancies;
    private final LeaseChangeRepository changes;
    private final EvacuationHousingRepository evacuations;
    private final ExchangeApplicationRepository exchangeApplications;
    private final Clock clock;
    private final ResidentFacts facts;

    TenancyDataSource(PersonRepository persons, OccupancyRepository occupancies, LeaseChangeRepository changes,
                      EvacuationHousingRepository evacuations, ExchangeApplicationRepository exchangeApplications,
                      ProcessingRestrictions restrictions, Clock clock, ResidentFacts facts) {
        super("tenancy", Set.of(IDENTITY, CONTACT, OCCUPANCY, LEASE, LEASE_CHANGE, EVACUATION, EXCHANGE_APPLICATION),
                restrictions);
        this.persons = persons;
        this.occupancies = occupancies;
        this.changes = changes;
        this.evacuations = evacuations;
        this.exchangeApplications = exchangeApplications;
        this.clock = clock;
        this.facts = facts;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        for (Person p : persons.findAllById(subject.personIds())) {
            records.add(IDENTITY, "person:" + p.id, "Resident")
                    .field("firstName", p.firstName)
                    .field("lastName", p.lastName)
                    // the subject's own code: the report masks it, the portable export may carry it
                    .field("personalIdentityCode", p.hetu().orElse(null))
                    .field("birthDate", p.birthDate);
            if (p.email != null || p.phone != null) {
                records.add(CONTACT, "person:" + p.id + ":contact", "Contact details")
                        .field("email", p.email)
                        .field("phone", p.phone);
            }
        }
        List<Occupancy> own = occupancies.findByPersonIds(subject.personIds());
        Set<Tenancy> leases = new LinkedHashSet<>();
        for (Occupancy o : own) {
            records.add(OCCUPANCY, "occupancy:" + o.id, "Residence", o.movedIn)
                    .field("address", o.tenancy.apartment.address())
                    .field("role", o.role.name())
                    .field("movedIn", o.movedIn)
                    .field("movedOut", o.movedOut);
            if (o.role.isContractParty()) {
                leases.add(o.tenancy);
            }
        }
        Set<Long> leaseIds = new LinkedHashSet<>(subject.contractTenancyIds());
        leases.forEach(t -> leaseIds.add(t.id));
        for (Tenancy t : leases) {
            var lease = records.add(LEASE, "tenancy:" + t.id, "Lease", t.startDate)
                    .field("contractNumber", t.contractNumber)
                    .field("address", t.apartment.address())
                    .field("rooms", t.apartment.rooms)
                    .field("startDate", t.startDate)
                    .field("endDate", t.endDate)
                    .field("monthlyRent", t.monthlyRent)
                    .field("deposit", t.deposit);
            // the other contract party and co-residents are other people's data in this person's report
            occupancies.findByTenancyIds(Set.of(t.id)).stream()
                    .filter(o -> !subject.personIds().contains(o.person.id))
                    .forEach(o -> lease.thirdParty("coResident" + o.id, o.person.fullName() + " (" + o.role + ")"));
        }
        // how the rent was paid: Kela's housing allowance paid to the landlord (938/2014 §25), part of the lease
        for (ResidentFacts.AllowancePeriod a : facts.allowancePeriods(subject.personIds())) {
            records.add(LEASE, "housing_allowance_to_landlord:" + a.id(), "Housing allowance paid to the landlord",
                    a.paidFrom())
                    .field("allowanceGround", a.ground())
                    .field("paidFrom", a.paidFrom())
                    .field("paidUntil", a.paidUntil());
        }
        if (leaseIds.isEmpty()) {
            return;
        }
        for (LeaseChange c : changes.findByTenancyIds(leaseIds)) {
            records.add(LEASE_CHANGE, "lease_change:" + c.id, "Change in the tenancy", c.effectiveDate)
                    .field("type", c.changeType.name())
                    .field("effectiveDate", c.effectiveDate)
                    .field("details", c.details);
        }
        for (EvacuationHousing e : evacuations.findByTenancyIds(leaseIds)) {
            records.add(EVACUATION, "evacuation_housing:" + e.id, "Evacuation housing", e.startDate)
                    .field("temporaryAddress", e.temporaryAddress)
                    .field("startDate", e.startDate)
                    .field("endDate", e.endDate)
                    .field("reason", e.reason);
        }
        for (ExchangeApplication a : exchangeApplications.findByTenancyIds(leaseIds)) {
            records.add(EXCHANGE_APPLICATION, "exchange_application:" + a.id, "Apartment-exchange application",
                            a.submittedOn)
                    .field("submittedOn", a.submittedOn)
                    .field("desiredDistricts", a.desiredDistricts)
                    .field("desiredRooms", a.desiredRooms)
                    .field("reason", a.reason)
                    .field("status", a.status.name());
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        Set<Long> people = subject.personIds();
        Set<Long> leases = subject.contractTenancyIds();
        // contact details and the tenancy's own records go first: anonymising the person clears contacts too
        ErasureAction contact = plan.actionFor(CONTACT);
        if (contact != ErasureAction.KEEP && !people.isEmpty()) {
            report.add(CONTACT, ErasureAction.ERASE, persons.eraseContactDetails(people));
        }
        ErasureAction change = plan.actionFor(LEASE_CHANGE);
        if (change == ErasureAction.ERASE && !leases.isEmpty()) {
            report.add(LEASE_CHANGE, change, changes.deleteByTenancyIds(leases));
        } else if (change == ErasureAction.ANONYMISE && !leases.isEmpty()) {
            report.add(LEASE_CHANGE, change, changes.clearDetails(leases));
        }
        if (plan.actionFor(EVACUATION) != ErasureAction.KEEP && !leases.isEmpty()) {
            report.add(EVACUATION, ErasureAction.ERASE, evacuations.deleteByTenancyIds(leases));
        }
        if (plan.actionFor(EXCHANGE_APPLICATION) != ErasureAction.KEEP && !leases.isEmpty()) {
            report.add(EXCHANGE_APPLICATION, ErasureAction.ERASE, exchangeApplications.deleteByTenancyIds(leases));
        }
        if (plan.actionFor(OCCUPANCY) == ErasureAction.ERASE && !people.isEmpty()) {
            report.add(OCCUPANCY, ErasureAction.ERASE, occupancies.deleteByPersonIds(people));
        }
        // The person row stays (ledger, keys and bookings refer to it) but no longer identifies anyone; the lease
        // row holds no personal data of its own once its parties are anonymised.
        if (plan.actionFor(IDENTITY) != ErasureAction.KEEP && !people.isEmpty()) {
            report.add(IDENTITY, ErasureAction.ANONYMISE, persons.anonymise(people, clock.instant()));
        }
        return report.build();
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9 ()-]{5,40}");

    /** The person's name and contact details: what residents ask to have corrected, and what the register holds itself. */
    @Override
    public java.util.Map<String, java.util.Map<String, String>> rectifiable(DataSubject subject) {
        if (subject.personIds().size() != 1) {
            return java.util.Map.of();
        }
        Person p = persons.findById(subject.personIds().iterator().next()).orElse(null);
        if (p == null) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> identity = new java.util.LinkedHashMap<>();
        identity.put("firstName", p.firstName);
        identity.put("lastName", p.lastName);
        java.util.Map<String, String> contact = new java.util.LinkedHashMap<>();
        contact.put("email", p.email == null ? "" : p.email);
        contact.put("phone", p.phone == null ? "" : p.phone);
        return java.util.Map.of(IDENTITY, identity, CONTACT, contact);
    }

    @Override
    public String rectify(DataSubject subject, String category, String field, String newValue) {
        if (subject.personIds().size() != 1) {
            throw new IllegalArgumentException("a correction concerns one person");
        }
        Person p = persons.findById(subject.personIds().iterator().next())
                .orElseThrow(() -> new IllegalArgumentException("no such person"));
        String value = newValue == null ? "" : newValue.strip();
        String old;
        switch (category + "/" + field) {
            case IDENTITY + "/firstName", IDENTITY + "/lastName" -> {
                if (value.isEmpty() || value.length() > 100) {
                    throw new IllegalArgumentException("a name must have 1 to 100 characters");
                }
                old = field.equals("firstName") ? p.firstName : p.lastName;
                if (field.equals("firstName")) {
                    p.firstName = value;
                } else {
                    p.lastName = value;
                }
            }
            case CONTACT + "/email" -> {
                if (!value.isEmpty() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
                    throw new IllegalArgumentException("not an email address");
                }
                old = p.email;
                p.email = value.isEmpty() ? null : value;
            }
            case CONTACT + "/phone" -> {
                if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
                    throw new IllegalArgumentException("not a phone number");
                }
                old = p.phone;
                p.phone = value.isEmpty() ? null : value;
            }
            default -> throw new IllegalArgumentException("the tenancy register cannot correct " + category + " / "
                    + field + " here: the identity code and the lease are corrected from their documents");
        }
        persons.save(p);
        return old;
    }
}
