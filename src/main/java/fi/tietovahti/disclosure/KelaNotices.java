package fi.tietovahti.disclosure;

import fi.tietovahti.registers.tenancy.ResidentFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The landlord's notice to Kela that a tenancy ends or a tenant moves out (938/2014 §25(3); pensioners 571/2007
 * §25 b), owed only while Kela pays the tenant's housing allowance to the landlord (§25(1)-(2)). The tenancy and
 * eviction processes call this; the notice goes through disclosure-request like every disclosure.
 */
@Service
public class KelaNotices {

    private final ResidentFacts residents;
    private final DisclosureDoors doors;

    KelaNotices(ResidentFacts residents, DisclosureDoors doors) {
        this.residents = residents;
        this.doors = doors;
    }

    /**
     * The tenant moves out of the tenancy (or it ends) on the day. Returns the notice started, or empty when none is
     * owed (the allowance is not paid to the landlord on that day).
     *
     * @param cause what caused it, without personal data (e.g. {@code termination:1234})
     */
    public Optional<DisclosureDoors.Started> tenancyEnds(long tenancyId, long personId, LocalDate movesOut,
                                                          String cause) {
        if (!residents.allowancePaidToLandlord(tenancyId, personId, movesOut)) {
            return Optional.empty();
        }
        return Optional.of(doors.fromProcess("KELA", new DisclosureDoors.Ask("MOVE_OUT_NOTICE", "938/2014 25 § 3 mom.",
                false, false, null, List.of(personId), null, cause)));
    }
}
