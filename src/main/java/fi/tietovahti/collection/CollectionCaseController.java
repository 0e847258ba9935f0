package fi.tietovahti.collection;

import fi.tietovahti.registers.collection.CollectionCases;
import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rent collection for the collection staff: a case as it stands (what is owed, the steps taken, the next step and its
 * day), a dispute, a payment plan, payments from the bank feed, and the daily run on demand. No names or identity
 * codes: a case is its reference and its lease.
 */
@RestController
@RequestMapping("/api/collection")
@AllowedGroups(StaffGroups.COLLECTIONS)
@Tag(name = "Collection", description = "Rent-arrears collection (DCA 513/1999)")
@SecurityRequirement(name = "basic")
class CollectionCaseController {

    record Money(BigDecimal principal, BigDecimal interestToday, BigDecimal unpaidCosts) {
    }

    record Invoice(LocalDate dueDate, BigDecimal amount, BigDecimal unpaid) {
    }

    record Step(String type, LocalDate on, BigDecimal fee) {
    }

    record Letter(String kind, String language, LocalDate sentOn, LocalDate payBy, BigDecimal fee, String channel,
                  String fileName, String sha256) {
    }

    record View(String reference, String contractNumber, String status, LocalDate openedOn, LocalDate disputedOn,
                Money owed, List<Invoice> invoices, List<Step> steps, List<Letter> letters, String nextStep,
                LocalDate nextStepOn, String question) {
    }

    record Dispute(String note) {
    }

    record PlanInstalment(LocalDate dueDate, BigDecimal amount) {
    }

    record PlanRequest(List<PlanInstalment> instalments, BigDecimal fee) {
    }

    record Payment(String reference, BigDecimal amount, LocalDate paidOn, String archiveId, Payments.Payer payer) {
    }

    private final RentCollection collection;
    private final CollectionCases cases;
    private final Payments payments;
    private final CollectionRun run;

    CollectionCaseController(RentCollection collection, CollectionCases cases, Payments payments, CollectionRun run) {
        this.collection = collection;
        this.cases = cases;
        this.payments = payments;
        this.run = run;
    }

    @GetMapping("/cases/{reference}")
    @Operation(summary = "A collection case: what is owed today, the invoices, steps, letters and the next step")
    View view(@PathVariable String reference) {
        CollectionCases.Case c = collection.caseOf(reference);
        CollectionCases.State st = cases.state(c.id());
        RentCollection.NextStep next = c.closed() ? null : collection.next(reference);
        List<Invoice> invoices = new ArrayList<>();
        st.invoices().forEach(i -> invoices.add(new Invoice(i.dueDate(), RentCollection.euros(i.amountCents()),
                RentCollection.euros(i.unpaidCents()))));
        return new View(c.reference(), collection.tenancy(st).contractNumber(), c.status(), c.openedOn(),
                c.disputedOn(), new Money(RentCollection.euros(st.unpaidPrincipalCents()),
                RentCollection.euros(collection.interestNow(st, collection.today())),
                RentCollection.euros(Math.max(0, st.unpaidCostsCents()))), invoices,
                st.steps().stream().map(s -> new Step(s.type(), s.on(), RentCollection.euros(s.feeCents()))).toList(),
                cases.letters(c.id()).stream().map(l -> new Letter(l.kind(), l.language(), l.sentOn(), l.payBy(),
                        RentCollection.euros(l.feeCents()), l.channel(), l.fileName(), l.sha256())).toList(),
                next == null ? null : next.kind().name(), next == null ? null : next.on(),
                next == null || next.question() == null ? null : next.question().name());
    }

    @PostMapping("/cases/{reference}/dispute")
    @Operation(summary = "The tenant disputes the claim: fee-bearing steps stop and a handler is asked (DCA §4 b)")
    ResponseEntity<Void> dispute(@PathVariable String reference, @RequestBody(required = false) Dispute dispute) {
        collection.dispute(reference, dispute == null ? null : dispute.note());
        collection.caseChanged(reference);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{reference}/payment-plan")
    @Operation(summary = "Agree a payment plan over the whole debt; its fee within the caps (DCA §10 a(1)(7), §10 c-d)")
    ResponseEntity<Void> plan(@PathVariable String reference, @RequestBody PlanRequest plan,
                              jakarta.servlet.http.HttpServletRequest http) {
        if (plan == null || plan.instalments() == null) {
            throw new IllegalArgumentException("instalments are needed");
        }
        List<CollectionCases.Instalment> instalments = new ArrayList<>();
        for (PlanInstalment i : plan.instalments()) {
            if (i.dueDate() == null || i.amount() == null) {
                throw new IllegalArgumentException("each instalment has a due date and an amount");
            }
            instalments.add(new CollectionCases.Instalment(instalments.size() + 1, i.dueDate(),
                    i.amount().movePointRight(2).longValueExact()));
        }
        collection.agreePlan(reference, instalments, plan.fee(), fi.tietovahti.security.StaffPrincipal.of(http).userId());
        collection.caseChanged(reference);
        return ResponseEntity.noContent().build();
    }

    record Referral(String disclosureReference) {
    }

    @PostMapping("/cases/{reference}/housing-advisory")
    @Operation(summary = "Refer the tenants to the city's housing advisory: only with their consent, which the "
            + "disclosure process asks for (202, the request's reference)")
    ResponseEntity<Referral> referral(@PathVariable String reference) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Referral(collection.referToHousingAdvisory(reference)));
    }

    @PostMapping("/payments")
    @Operation(summary = "A payment from the bank feed: entered by its reference and applied (DCA §11 a); an unknown "
            + "reference or an overpayment goes to a handler; the same archive id twice is 409")
    ResponseEntity<Payments.Received> payment(@RequestBody Payment p) {
        Payments.Received received = payments.receive(p.reference(), p.amount(), p.paidOn(), p.archiveId(),
                p.payer());
        return ResponseEntity.status(received.result() == Payments.Result.UNPLACED ? HttpStatus.ACCEPTED
                : HttpStatus.OK).body(received);
    }

    @PostMapping("/runs")
    @Operation(summary = "Run the daily collection run now (the timer runs it every morning)")
    CollectionRun.Summary runNow() {
        return run.run();
    }
}
