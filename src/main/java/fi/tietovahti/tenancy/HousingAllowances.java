package fi.tietovahti.tenancy;

import fi.tietovahti.registers.ledger.RentLedger;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.registers.tenancy.Tenancies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When Kela pays a tenant's general housing allowance to the landlord (938/2014 §25): on the tenant's authorisation,
 * or on the landlord's request after the rent of two consecutive months was left unpaid (partly unpaid counts from
 * 2023). Recorded so that, while it lasts, the end of the tenancy goes to Kela (KelaNotices, through the disclosure
 * register). A request on the ground of unpaid rent that the ledger does not bear out is refused with the months.
 */
@Service
public class HousingAllowances {

    public enum Ground { AUTHORISATION, UNPAID_RENT }

    private final Tenancies tenancies;
    private final ResidentDirectory residents;
    private final RentLedger ledger;
    private final TenancyLaw law;

    HousingAllowances(Tenancies tenancies, ResidentDirectory residents, RentLedger ledger, TenancyLaw law) {
        this.tenancies = tenancies;
        this.residents = residents;
        this.ledger = ledger;
        this.law = law;
    }

    @Transactional
    public long paidToLandlord(String contractNumber, Ground ground, LocalDate from) {
        long tenancyId = tenancies.byContractNumber(contractNumber).orElseThrow(() ->
                new IllegalArgumentException("no lease " + contractNumber));
        Tenancies.Tenancy tenancy = tenancies.tenancy(tenancyId).orElseThrow();
        if (from == null || tenancy.endedBefore(from)) {
            throw new Evictions.NotAllowed("the allowance is paid to the landlord for a running tenancy, from a day "
                    + "before its end (" + tenancy.end() + ")");
        }
        if (ground == Ground.UNPAID_RENT) {
            Optional<YearMonth> allowed = law.kelaMayPayLandlordFrom(ledger.months(tenancyId).stream()
                    .map(m -> new TenancyLaw.Month(m.month(), BigDecimal.valueOf(m.dueCents(), 2),
                            BigDecimal.valueOf(m.paidCents(), 2))).toList());
            if (allowed.isEmpty() || YearMonth.from(from).isBefore(allowed.get())) {
                throw new Evictions.NotAllowed("Kela maksaa vuokranantajalle vasta kahden peräkkäisen maksamatta jääneen "
                        + "kuukauden jälkeen / Kela pays the landlord only after two consecutive months of rent left "
                        + "unpaid (938/2014 §25(2))" + allowed.map(m -> ": from " + m + " on").orElse(": the ledger "
                        + "shows no such months"));
            }
        }
        List<Long> parties = residents.contractParties(tenancyId);
        if (parties.isEmpty()) {
            throw new Evictions.NotAllowed("the lease has no contract party to receive the allowance");
        }
        return tenancies.allowancePaidToLandlord(tenancyId, parties.get(0), ground.name(), from);
    }
}
