package fi.tietovahti.collection;

import fi.tietovahti.platform.Workflow;
import fi.tietovahti.processes.PaymentQuestionProcess;
import fi.tietovahti.processes.RentCollectionProcess;
import fi.tietovahti.registers.collection.CollectionCases;
import fi.tietovahti.registers.collection.CollectionCases.CaseInvoice;
import fi.tietovahti.registers.ledger.RentLedger;
import fi.tietovahti.registers.tenancy.Tenancies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments from the bank feed (or the partner): entered in the rent ledger by their reference, applied to the
 * tenancy's collection case (DCA §11 a: interest, principal, costs last), and the case's process told. A payment the
 * ledger cannot place, or more than the case owed, goes to a handler; the same payment twice (its archive id) is
 * refused; nothing is dropped.
 */
@Service
public class Payments {

    public enum Result { APPLIED, SETTLED, LEDGER_ONLY, UNPLACED }

    public record Received(Result result, String caseReference, long leftOverCents) {
    }

    /** The bank's archive id was received before: the same payment is not entered twice. */
    public static class Duplicate extends RuntimeException {
        public Duplicate(String archiveId) {
            super("Maksu on jo kirjattu / This payment (archive id " + archiveId + ") was received already");
        }
    }

    /** What a handler does with a payment question. */
    public enum Settlement { PLACE, RETURN, KEEP_AS_CREDIT, SET_OFF }

    private final RentLedger ledger;
    private final CollectionCases cases;
    private final Tenancies tenancies;
    private final RentCollection collection;
    private final DebtCollectionLaw law;
    private final Workflow workflow;
    private final Clock clock;
    private final fi.tietovahti.tenancy.Evictions evictions;

    Payments(RentLedger ledger, CollectionCases cases, Tenancies tenancies, RentCollection collection,
             DebtCollectionLaw law, Workflow workflow, Clock clock, fi.tietovahti.tenancy.Evictions evictions) {
        this.evictions = evictions;
        this.ledger = ledger;
        this.cases = cases;
        this.tenancies = tenancies;
        this.collection = collection;
        this.law = law;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public Received receive(String reference, BigDecimal amount, LocalDate paidOn, String archiveId) {
        return receive(reference, amount, paidOn, archiveId, null);
    }

    /** Who paid, when it matters: Kela's housing allowance paid to the landlord (938/2014 §25). */
    public enum Payer { KELA }

    /**
     * A payment with its payer. Kela's allowance for a time after the tenancy ended is not the landlord's: it is kept
     * apart for a collector to return to Kela, never set off against the former tenant's arrears.
     */
    @Transactional
    public Received receive(String reference, BigDecimal amount, LocalDate paidOn, String archiveId, Payer payer) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("Maksun määrä puuttuu tai ei ole positiivinen / A payment is a positive "
                    + "amount: " + amount);
        }
        if (amount.scale() > 2) {
            throw new IllegalArgumentException("A payment is in euros and cents: " + amount);
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("Maksupäivä puuttuu tai on tulevaisuudessa / The payment day is missing "
                    + "or in the future: " + paidOn);
        }
        if (archiveId == null || archiveId.isBlank() || archiveId.strip().length() > 40) {
            throw new IllegalArgumentException("Arkistointitunnus puuttuu / The bank's archive id (at most 40 "
                    + "characters) is needed to tell one payment from another");
        }
        String archive = archiveId.strip();
        if (ledger.received(archive)) {
            throw new Duplicate(archive);
        }
        long cents = amount.movePointRight(2).longValueExact();
        Optional<Long> tenancy = tenancyOf(reference);
        if (tenancy.isEmpty()) {
            long id = ledger.recordUnplaced(clock.instant(), paidOn, cents, RentLedger.normalise(reference), archive,
                    "Viitettä ei löydy / No invoice or collection case has this reference");
            askAbout(Map.of("paymentQuestion", "UNPLACED", "unplacedPaymentId", id), "payment-" + id);
            return new Received(Result.UNPLACED, null, 0);
        }
        if (payer == Payer.KELA) {
            Tenancies.Tenancy t = tenancies.tenancy(tenancy.get()).orElseThrow();
            if (t.end() != null && !paidOn.isBefore(t.end())) {
                long id = ledger.recordUnplaced(clock.instant(), paidOn, cents, RentLedger.normalise(reference), archive,
                        "Kelan asumistuki vuokrasuhteen päätyttyä " + t.end() + ": palautetaan Kelalle / Kela's allowance"
                                + " after the tenancy ended: to be returned to Kela, not set off (938/2014 §25)");
                askAbout(Map.of("paymentQuestion", "KELA_AFTER_MOVE_OUT", "unplacedPaymentId", id), "payment-" + id);
                return new Received(Result.UNPLACED, null, 0);
            }
        }
        long entry = ledger.enterPayment(tenancy.get(), paidOn, cents, reference, archive);
        return applyToOpenCase(tenancy.get(), entry, paidOn, cents);
    }

    private Optional<Long> tenancyOf(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Optional<RentLedger.Invoice> invoice = ledger.invoice(reference);
        if (invoice.isPresent()) {
            return Optional.of(invoice.get().tenancyId());
        }
        return cases.byReference(reference.strip().toUpperCase(java.util.Locale.ROOT))
                .map(CollectionCases.Case::tenancyId);
    }

    private Received applyToOpenCase(long tenancyId, long entry, LocalDate paidOn, long cents) {
        Optional<CollectionCases.Case> open = cases.openCaseOf(tenancyId);
        if (open.isEmpty() || open.get().reference() == null) {
            return new Received(Result.LEDGER_ONLY, null, 0);
        }
        CollectionCases.Case c = open.get();
        CollectionCases.State st = cases.state(c.id());
        long left = apply(st, entry, paidOn, cents);
        CollectionCases.State after = cases.state(c.id());
        boolean settled = after.unpaidPrincipalCents() == 0 && after.invoices().stream()
                .mapToLong(CaseInvoice::interestCents).sum() == 0 && after.unpaidCostsCents() <= 0;
        if (left > 0) {
            askAbout(Map.of("paymentQuestion", "OVERPAYMENT", "caseReference", c.reference(), "leftOverCents", left),
                    c.reference());
        }
        if (settled) {
            LocalDate today = LocalDate.now(clock);
            cases.status(c.id(), "PAID", today);
            cases.handoverEnded(c.id(), "PAID", today);
            workflow.correlateAllAsController(RentCollectionProcess.Message.ARREARS_PAID, c.reference(), Map.of());
            evictions.arrearsPaid(tenancyId);
            return new Received(Result.SETTLED, c.reference(), left);
        }
        workflow.correlateAllAsController(RentCollectionProcess.Message.COLLECTION_CASE_CHANGED, c.reference(), Map.of());
        return new Received(Result.APPLIED, c.reference(), left);
    }

    /** Applies the payment: interest to the payment day first, then principal, oldest invoice first; costs last. */
    private long apply(CollectionCases.State st, long entry, LocalDate paidOn, long cents) {
        List<long[]> interest = new ArrayList<>(); // per invoice: interest due on the payment day
        long interestDue = 0;
        for (CaseInvoice i : st.invoices()) {
            long due = collection.interestTo(i, paidOn);
            interest.add(new long[]{due});
            interestDue += due;
        }
        DebtCollectionLaw.Applied applied = law.apply(RentCollection.euros(cents), RentCollection.euros(interestDue),
                RentCollection.euros(st.unpaidPrincipalCents()), RentCollection.euros(Math.max(0,
                        st.unpaidCostsCents())));
        long toInterest = applied.toInterest().movePointRight(2).longValueExact();
        long toPrincipal = applied.toPrincipal().movePointRight(2).longValueExact();
        for (int n = 0; n < st.invoices().size(); n++) {
            CaseInvoice i = st.invoices().get(n);
            long dueInterest = interest.get(n)[0];
            long paidInterest = Math.min(dueInterest, toInterest);
            toInterest -= paidInterest;
            long paidPrincipal = Math.min(i.unpaidCents(), toPrincipal);
            toPrincipal -= paidPrincipal;
            LocalDate from = i.interestFrom().isAfter(paidOn) ? i.interestFrom() : paidOn.plusDays(1);
            cases.updateInvoice(st.kase().id(), i.ledgerEntryId(), i.unpaidCents() - paidPrincipal, from,
                    dueInterest - paidInterest);
        }
        long left = applied.leftOver().movePointRight(2).longValueExact();
        cases.recordPayment(st.kase().id(), entry, new CollectionCases.Payment(paidOn, cents,
                applied.toInterest().movePointRight(2).longValueExact(),
                applied.toPrincipal().movePointRight(2).longValueExact(),
                applied.toCosts().movePointRight(2).longValueExact(), left));
        return left;
    }

    private void askAbout(Map<String, Object> variables, String businessKey) {
        workflow.startAsController(PaymentQuestionProcess.KEY, businessKey, variables);
    }

    /**
     * A handler's answer to a payment question. An unplaced payment is PLACEd on the tenancy of a contract number or
     * invoice reference (and applied to its open case) or RETURNed to the payer; an overpayment is RETURNed or KEPT as
     * the tenancy's credit. Refused with the reason when the target is unknown or the payment was settled already.
     */
    @Transactional
    public void settle(String question, Long unplacedPaymentId, Settlement settlement, String target, String user) {
        if ("OVERPAYMENT".equals(question)) {
            if (settlement == Settlement.PLACE) {
                throw new IllegalArgumentException("an overpayment is returned or kept as the tenancy's credit");
            }
            return; // the ledger holds the credit; a return is paid by the bank's own process, recorded there
        }
        RentLedger.UnplacedPayment p = ledger.unplaced(unplacedPaymentId).orElseThrow(() ->
                new IllegalArgumentException("no unplaced payment " + unplacedPaymentId));
        if ("KELA_AFTER_MOVE_OUT".equals(question) && settlement != Settlement.RETURN) {
            throw new IllegalArgumentException("Kelan tuki palautetaan Kelalle / Kela's allowance after the tenancy "
                    + "ended is returned to Kela, never set off against the arrears (938/2014 §25)");
        }
        if (!"WAITING".equals(p.status())) {
            throw new IllegalArgumentException("the payment was " + p.status() + " already");
        }
        switch (settlement) {
            case RETURN -> ledger.resolveUnplaced(p.id(), "RETURNED", user, clock.instant());
            case PLACE -> {
                Optional<Long> tenancy = target == null ? Optional.empty()
                        : tenancies.byContractNumber(target).or(() -> tenancyOf(target));
                if (tenancy.isEmpty()) {
                    throw new IllegalArgumentException("Sopimusta tai viitettä ei löydy / No contract number or "
                            + "reference " + target);
                }
                ledger.resolveUnplaced(p.id(), "PLACED", user, clock.instant());
                long entry = ledger.enterPayment(tenancy.get(), p.paidOn(), p.amountCents(),
                        target.strip(), p.archiveId());
                applyToOpenCase(tenancy.get(), entry, p.paidOn(), p.amountCents());
            }
            default -> throw new IllegalArgumentException("an unplaced payment is placed or returned");
        }
    }
}
