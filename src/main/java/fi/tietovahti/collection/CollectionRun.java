package fi.tietovahti.collection;

import fi.tietovahti.platform.Workflow;
import fi.tietovahti.processes.RentCollectionProcess;
import fi.tietovahti.registers.collection.CollectionCases;
import fi.tietovahti.registers.ledger.RentLedger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily run: the rent ledger's overdue invoices that no case collects yet go to their tenancy's open case, or to a
 * new one whose rent-collection process starts (asynchronously: the run only creates the instances, the job executor
 * takes the first steps). One case per tenancy, however many invoices; a case that took new invoices is told, so it
 * plans its next step again. The whole run is one transaction: run twice, it finds nothing new the second time.
 */
@Service
public class CollectionRun {

    private static final Logger log = LoggerFactory.getLogger(CollectionRun.class);

    /** What the run did, in counts (the run's process keeps these, no personal data). */
    public record Summary(int overdueInvoices, int newInvoices, int casesOpened, int casesAdvanced) {
    }

    private final RentLedger ledger;
    private final CollectionCases cases;
    private final Workflow workflow;
    private final Clock clock;

    CollectionRun(RentLedger ledger, CollectionCases cases, Workflow workflow, Clock clock) {
        this.ledger = ledger;
        this.cases = cases;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public Summary run() {
        LocalDate today = LocalDate.now(clock);
        List<RentLedger.Invoice> overdue = ledger.overdue(today);
        Set<Long> attached = cases.attachedAmong(overdue.stream().map(RentLedger.Invoice::id).toList());
        Map<Long, List<RentLedger.Invoice>> byTenancy = overdue.stream().filter(i -> !attached.contains(i.id()))
                .collect(Collectors.groupingBy(RentLedger.Invoice::tenancyId, LinkedHashMap::new,
                        Collectors.toList()));
        Map<Long, CollectionCases.Case> open = cases.openCasesOf(byTenancy.keySet());
        int opened = 0;
        int advanced = 0;
        int added = 0;
        for (Map.Entry<Long, List<RentLedger.Invoice>> e : byTenancy.entrySet()) {
            CollectionCases.Case c = open.get(e.getKey());
            boolean start = c == null || c.reference() == null;
            c = c == null ? cases.open(e.getKey(), today) : cases.adopt(c, today);
            for (RentLedger.Invoice i : e.getValue()) {
                if (cases.attach(c.id(), i.id(), i.dueDate(), i.amountCents(), i.unpaidCents())) {
                    added++;
                }
            }
            if (start) {
                workflow.startAsController(RentCollectionProcess.KEY, c.reference(), Map.of());
                opened++;
            } else {
                workflow.correlateAllAsController(RentCollectionProcess.Message.COLLECTION_CASE_CHANGED, c.reference(), Map.of());
                advanced++;
            }
        }
        Summary summary = new Summary(overdue.size(), added, opened, advanced);
        log.info("Rent collection run of {}: {}", today, summary);
        return summary;
    }
}
