package fi.tietovahti.collection;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The collection partner reports on the claims handed to it: a payment demand it sent (recorded with its fee only
 * when the law allows it, refused otherwise), money it collected (a payment like the bank's), and a claim it gives
 * back. Basic auth as the partner's API user (group collection-partners).
 */
@RestController
@RequestMapping("/api/collection-partner/claims")
@AllowedGroups(StaffGroups.COLLECTION_PARTNERS)
@Tag(name = "Collection partner", description = "The collection partner's reports on the claims handed to it")
@SecurityRequirement(name = "basic")
class CollectionPartnerController {

    record Demand(LocalDate sentOn, BigDecimal fee) {
    }

    record Collected(BigDecimal amount, LocalDate paidOn, String archiveId) {
    }

    private final Handovers handovers;
    private final Payments payments;
    private final RentCollection collection;

    CollectionPartnerController(Handovers handovers, Payments payments, RentCollection collection) {
        this.handovers = handovers;
        this.payments = payments;
        this.collection = collection;
    }

    @PostMapping("/{reference}/demands")
    @Operation(summary = "A payment demand the partner sent: 422 with the reason when the law does not allow it or its fee")
    DebtCollectionLaw.Decision demand(@PathVariable String reference, @RequestBody Demand demand) {
        if (demand == null || demand.sentOn() == null || demand.fee() == null || demand.fee().signum() < 0) {
            throw new IllegalArgumentException("a demand has its day and a fee that is not negative");
        }
        return handovers.demandSent(reference, demand.sentOn(), demand.fee());
    }

    @PostMapping("/{reference}/payments")
    @Operation(summary = "Money the partner collected on the claim")
    Payments.Received collected(@PathVariable String reference, @RequestBody Collected c) {
        collection.caseOf(reference);
        return payments.receive(reference, c.amount(), c.paidOn(), c.archiveId());
    }

    @PostMapping("/{reference}/returned")
    @Operation(summary = "The partner gives the claim back: a handler decides what follows")
    ResponseEntity<Void> returned(@PathVariable String reference) {
        handovers.returned(reference);
        return ResponseEntity.noContent().build();
    }
}
