package fi.tietovahti.collection;

import fi.tietovahti.platform.Workflow;
import fi.tietovahti.processes.PaymentQuestionProcess;
import fi.tietovahti.registers.collection.CollectionCases;
import fi.tietovahti.registers.tenancy.Tenancies;
import fi.tietovahti.tenancy.TenancyEnded;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deposit when a tenancy ends on eviction: a collector settles it (the payment-question task), setting it off
 * against what the tenant still owes on the collection case (principal, interest to the day, costs: applied like any
 * payment) and refunding the rest, or refunding it all. Started in the transaction that ended the tenancy.
 */
@Service
public class Deposits {

    private final CollectionCases cases;
    private final Tenancies tenancies;
    private final RentCollection collection;
    private final Payments payments;
    private final Workflow workflow;
    private final Clock clock;
    private final fi.tietovahti.registers.ledger.RentLedger ledger;

    Deposits(CollectionCases cases, Tenancies tenancies, RentCollection collection, Payments payments,
             Workflow workflow, Clock clock, fi.tietovahti.registers.ledger.RentLedger ledger) {
        this.ledger = ledger;
        this.cases = cases;
        this.tenancies = tenancies;
        this.collection = collection;
        this.payments = payments;
        this.workflow = workflow;
        this.clock = clock;
    }

    @EventListener
    public void tenancyEnded(TenancyEnded ended) {
        Tenancies.Tenancy tenancy = tenancies.tenancy(ended.tenancyId()).orElseThrow();
        if (tenancy.depositCents() > 0 && cases.depositWaiting(tenancy.id(), tenancy.depositCents())) {
            workflow.startAsController(PaymentQuestionProcess.KEY, "deposit-" + tenancy.id(), Map.of(
                    "paymentQuestion", "DEPOSIT", "tenancyId", tenancy.id(), "depositCents", tenancy.depositCents()));
        }
    }

    /**
     * The final invoice (optional: the last rent, cleaning, damages) goes into the ledger; the deposit is SET_OFF
     * against the open case and then the final invoice, the rest refunded; or RETURNed whole (the final invoice is then
     * collected like any rent).
     */
    @Transactional
    public void settle(long tenancyId, Payments.Settlement settlement, java.math.BigDecimal finalInvoice, String user) {
        long deposit = cases.waitingDeposit(tenancyId).orElseThrow(() -> new IllegalArgumentException(
                "the deposit of this tenancy is settled already"));
        LocalDate today = LocalDate.now(clock);
        if (settlement != Payments.Settlement.SET_OFF && settlement != Payments.Settlement.RETURN) {
            throw new IllegalArgumentException("a deposit is set off against the debt or returned");
        }
        long finalCents = finalInvoice == null ? 0 : finalInvoice.movePointRight(2).longValueExact();
        if (finalCents < 0) {
            throw new IllegalArgumentException("a final invoice is not negative");
        }
        String finalReference = "LOPPU" + tenancyId;
        if (finalCents > 0) {
            ledger.enterInvoice(tenancyId, today, today, finalCents, finalReference, "Loppulasku / Final invoice");
        }
        long setOff = 0;
        Long caseId = null;
        if (settlement == Payments.Settlement.SET_OFF) {
            Optional<CollectionCases.Case> open = cases.openCaseOf(tenancyId);
            if (open.isPresent() && open.get().reference() != null) {
                CollectionCases.State st = cases.state(open.get().id());
                long owed = st.unpaidPrincipalCents() + collection.interestNow(st, today)
                        + Math.max(0, st.unpaidCostsCents());
                setOff = Math.min(deposit, owed);
                caseId = open.get().id();
                if (setOff > 0) {
                    payments.receive(open.get().reference(), RentCollection.euros(setOff), today,
                            "DEPOSIT-" + tenancyId);
                }
            }
            long toFinal = Math.min(deposit - setOff, finalCents);
            if (toFinal > 0) {
                payments.receive(finalReference, RentCollection.euros(toFinal), today, "DEPOSIT-F-" + tenancyId);
                setOff += toFinal;
            }
        }
        cases.depositSettled(tenancyId, finalCents, setOff, deposit - setOff, caseId, today, user);
    }
}
