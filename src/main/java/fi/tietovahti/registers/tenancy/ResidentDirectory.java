package fi.tietovahti.registers.tenancy;

import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.DataSubject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenancy register's answers for subject matching: who a verified identity code or a name and birth date
 * belongs to, and what a person is in the registers ({@link DataSubject}).
 */
@Service
@Transactional(readOnly = true)
public class ResidentDirectory {

    private final PersonRepository persons;
    private final OccupancyRepository occupancies;

    ResidentDirectory(PersonRepository persons, OccupancyRepository occupancies) {
        this.persons = persons;
        this.occupancies = occupancies;
    }

    public Optional<Person> byIdentityCode(PersonalIdentityCode code) {
        return persons.findByHetu(code.value());
    }

    /** Residents without an identity code in the register are matched by name and birth date. */
    public List<Person> byNameAndBirthDate(String firstName, String lastName, java.time.LocalDate birthDate) {
        return persons.findByBirthDate(birthDate).stream()
                .filter(p -> p.firstName.equalsIgnoreCase(firstName.strip())
                        && p.lastName.equalsIgnoreCase(lastName.strip()))
                .toList();
    }

    /**
     * The minors who live or lived in the same tenancies as this person: the children a guardian may ask about.
     * Whether the person really is their guardian is for a handler to establish; this only narrows the choice.
     */
    public List<Person> minorsInHouseholdOf(long personId) {
        Set<Long> tenancies = new HashSet<>();
        occupancies.findByPersonIds(List.of(personId)).forEach(o -> tenancies.add(o.tenancy.getId()));
        if (tenancies.isEmpty()) {
            return List.of();
        }
        return occupancies.findByTenancyIds(tenancies).stream()
                .filter(o -> o.role == OccupantRole.MINOR)
                .map(o -> o.person).distinct().toList();
    }

    /** The parties of a tenancy's contract (the main tenant and a spouse on the lease), by person id. */
    public List<Long> contractParties(long tenancyId) {
        return occupancies.findByTenancyIds(List.of(tenancyId)).stream()
                .filter(o -> o.role == OccupantRole.MAIN_TENANT || o.role == OccupantRole.SPOUSE)
                // the getter: a person already in the persistence context comes back as a proxy, whose fields are empty
                .map(o -> o.person.getId()).distinct().sorted().toList();
    }

    public Optional<Person> person(long id) {
        return persons.findById(id);
    }

    /**
     * The data subject made of these person rows: their contract tenancies, and the email addresses the register
     * holds for them (under which the stand-alone registers may hold accounts).
     */
    public DataSubject subjectOf(Collection<Long> personIds) {
        Set<Long> tenancies = new HashSet<>();
        Set<String> emails = new HashSet<>();
        if (!personIds.isEmpty()) {
            for (Occupancy o : occupancies.findByPersonIds(personIds)) {
                if (o.role.isContractParty()) {
                    tenancies.add(o.tenancy.getId()); // the getter: the tenancy may be a proxy
                }
            }
            persons.findAllById(personIds).forEach(p -> p.email().ifPresent(emails::add));
        }
        return new DataSubject(Set.copyOf(personIds), tenancies, emails);
    }
}
