package fi.tietovahti.erasure;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.collection.Claims;
import fi.tietovahti.registers.ledger.RentHistory;
import fi.tietovahti.registers.tenancy.Stays;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * What the erasure plan needs to know about a person's tenancies: whether they still live in one (as a party to the
 * contract or as an occupant), when the last stay ended, whether a claim is open, when the last closed, the last
 * rent-ledger entry; and whether an access request of theirs is still being answered. Each asked of the module that
 * keeps it (the tenancy, collection and ledger registers, the cases).
 */
@Component
class ErasureFacts {

    record Facts(boolean tenancyActive, LocalDate lastTenancyEnd, boolean openClaim, LocalDate lastClaimClosed,
                 LocalDate lastLedgerEntry, boolean accessRequestPending, LocalDate lastCaseClosed) {
    }

    private final Stays stays;
    private final Claims claims;
    private final RentHistory rent;
    private final CaseRegistry cases;

    ErasureFacts(Stays stays, Claims claims, RentHistory rent, CaseRegistry cases) {
        this.stays = stays;
        this.claims = claims;
        this.rent = rent;
        this.cases = cases;
    }

    Facts of(DataSubject subject, LocalDate today) {
        Stays.Facts stay = stays.of(subject.personIds(), subject.contractTenancyIds(), today);
        Claims.History claim = claims.of(subject.contractTenancyIds());
        CaseRegistry.SubjectCases own = cases.subjectCases(subject.personIds());
        return new Facts(stay.active(), stay.lastEnded(), claim.open(), claim.lastClosed(),
                rent.lastEntry(subject.contractTenancyIds()), own.accessRequestPending(), own.lastClosed());
    }
}
