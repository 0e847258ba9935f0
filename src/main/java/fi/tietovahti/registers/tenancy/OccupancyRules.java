package fi.tietovahti.registers.tenancy;

import java.time.LocalDate;
import java.time.Period;

/**
 * Data minimisation as the privacy notice states it: the identity code only for main tenants and spouses, contact
 * details for adults only. Checked when a person is placed in a tenancy, so the register cannot drift from the
 * notice.
 */
final class OccupancyRules {

    private OccupancyRules() {
    }

    static void check(Person person, OccupantRole role, LocalDate movedIn) {
        if (person.hetu != null && !role.isContractParty()) {
            throw new IllegalArgumentException(
                    "the identity code is held only for main tenants and spouses, not for role " + role);
        }
        if (person.hetu == null && role.isContractParty()) {
            throw new IllegalArgumentException("a " + role + " needs an identity code");
        }
        boolean minorAtMoveIn = Period.between(person.birthDate, movedIn).getYears() < 18;
        if (role == OccupantRole.MINOR && (person.email != null || person.phone != null)) {
            throw new IllegalArgumentException("no contact details are held for minors");
        }
        if (role == OccupantRole.MINOR && !minorAtMoveIn) {
            throw new IllegalArgumentException("a MINOR must be under 18 at move-in");
        }
    }
}
