package fi.tietovahti.collection;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.catalogue.ControllerProperties;
import fi.tietovahti.disclosure.ProcessorHandovers;
import fi.tietovahti.registers.collection.Claims;
import fi.tietovahti.registers.collection.CollectionCases;
import fi.tietovahti.registers.tenancy.Tenancies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-over of a case to the collection partner: the disclosure register allows it (or refuses, e.g. a restriction
 * in force), the partner's API takes the claim with exactly the fields it needs, and the register records what was
 * sent, in the same transaction as the case's step. A retried job finds a case handed over already and does nothing.
 */
@Service
public class Handovers {

    static final String PURPOSE = "COLLECTION";
    static final String RECIPIENT = "processor-collection";

    private final CollectionCases cases;
    private final Claims claims;
    private final Tenancies tenancies;
    private final RentCollection collection;
    private final DebtCollectionLaw law;
    private final CollectionPartner partner;
    private final ProcessorHandovers register;
    private final ControllerProperties controller;
    private final ObjectMapper json;
    private final Clock clock;
    private final fi.tietovahti.platform.Workflow workflow;

    Handovers(CollectionCases cases, Claims claims, Tenancies tenancies, RentCollection collection,
              DebtCollectionLaw law, CollectionPartner partner, ProcessorHandovers register,
              ControllerProperties controller, ObjectMapper json, Clock clock,
              fi.tietovahti.platform.Workflow workflow) {
        this.workflow = workflow;
        this.cases = cases;
        this.claims = claims;
        this.tenancies = tenancies;
        this.collection = collection;
        this.law = law;
        this.partner = partner;
        this.register = register;
        this.controller = controller;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Hands the case over; returns the partner's reference, or empty when the disclosure register refused it (the
     * refusal is on the register's record; a handler decides what follows).
     */
    @Transactional(noRollbackFor = ProcessorHandovers.Refused.class)
    public java.util.Optional<String> handOver(String reference, String approvedBy) {
        CollectionCases.Case c = collection.caseOf(reference);
        CollectionCases.State st = cases.state(c.id());
        if (st.handover().isPresent() && "WITH_PARTNER".equals(st.handover().get().status())) {
            return java.util.Optional.of(st.handover().get().partnerReference());
        }
        LocalDate today = LocalDate.now(clock);
        Tenancies.Tenancy tenancy = collection.tenancy(st);
        List<Tenancies.Debtor> debtors = tenancies.debtors(c.tenancyId());
        CollectionPartner.Claim claim = new CollectionPartner.Claim(c.reference(), controller.name(),
                tenancy.contractNumber(), tenancy.address(),
                debtors.stream().map(d -> new CollectionPartner.Debtor(d.name(), d.identityCode(), d.email(),
                        d.phone())).toList(),
                st.invoices().stream().filter(i -> i.unpaidCents() > 0).map(i -> new CollectionPartner.Invoice(
                        i.dueDate(), RentCollection.euros(i.unpaidCents()))).toList(),
                RentCollection.euros(collection.interestNow(st, today)),
                RentCollection.euros(Math.max(0, st.unpaidCostsCents())),
                RentCollection.lawSteps(st).stream().map(s -> new CollectionPartner.Step(s.kind().name(), s.sentOn(),
                        s.fee())).toList(),
                law.referenceRate(today).add(law.on(today).lateInterestMargin()));
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(claim);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the claim of " + reference + " could not be written as JSON", e);
        }
        ProcessorHandovers.Handover handover = new ProcessorHandovers.Handover(RECIPIENT, PURPOSE,
                debtors.stream().map(Tenancies.Debtor::personId).toList(), "collection-case:" + c.reference(),
                approvedBy, partner.endpoint(), "perinta-" + c.reference() + ".json", "application/json", payload);
        String disclosure;
        try {
            disclosure = register.allow(handover);
        } catch (ProcessorHandovers.Refused refused) {
            return java.util.Optional.empty();
        }
        String partnerReference = partner.handOver(c.reference(), payload);
        register.recorded(disclosure, handover);
        cases.handedOver(c.id(), today, st.unpaidPrincipalCents(), Math.max(0, st.unpaidCostsCents()),
                partnerReference);
        claims.recordStep(c.id(), "HANDOVER_TO_AGENCY", today, 0, "siirretty perintäkumppanille / handed to the "
                + "collection partner");
        cases.status(c.id(), "HANDED_OVER", null);
        return java.util.Optional.of(partnerReference);
    }

    /**
     * The partner reports a payment demand it sent: recorded with its fee when the law allows it (§5(1), §10 a-d),
     * refused with the reason when it does not (the partner must not charge it).
     */
    @Transactional
    public DebtCollectionLaw.Decision demandSent(String claimReference, LocalDate sentOn, BigDecimal fee) {
        CollectionCases.Case c = withPartner(claimReference);
        CollectionCases.State st = cases.state(c.id());
        DebtCollectionLaw.Decision allowed = law.demand(RentCollection.euros(st.unpaidPrincipalCents()), sentOn,
                RentCollection.lawSteps(st));
        if (!allowed.allowed()) {
            throw new RentCollection.NotAllowed(allowed.reason());
        }
        if (fee.compareTo(allowed.fee()) > 0) {
            throw new RentCollection.NotAllowed("the demand's fee " + fee + " is above what the law allows: "
                    + allowed.fee() + " (" + allowed.reason() + ")");
        }
        claims.recordStep(c.id(), "COLLECTION_LETTER", sentOn, fee.movePointRight(2).longValueExact(),
                "perintätoimiston maksuvaatimus / the partner's payment demand");
        return allowed;
    }

    /** The partner gives the claim back (it could not collect): a handler decides what follows. */
    @Transactional
    public void returned(String claimReference) {
        CollectionCases.Case c = withPartner(claimReference);
        cases.handoverEnded(c.id(), "RETURNED", LocalDate.now(clock));
        cases.status(c.id(), "OPEN", null);
        workflow.correlateAllAsController(fi.tietovahti.processes.RentCollectionProcess.Message.COLLECTION_PARTNER_RETURNED, claimReference, java.util.Map.of("collectionQuestion",
                        RentCollection.Question.PARTNER_RETURNED.name()));
    }

    private CollectionCases.Case withPartner(String claimReference) {
        CollectionCases.Case c = collection.caseOf(claimReference);
        if (!"HANDED_OVER".equals(c.status())) {
            throw new RentCollection.NotAllowed("the case " + claimReference + " is not with the collection partner");
        }
        return c;
    }
}
