package fi.tietovahti.erasure;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The erasure plan of a person (GDPR Art. 17): for every data category of the catalogue, the decision table
 * {@code processes/erasure-plan.dmn} says erase, anonymise or keep, on what ground, and what a kept category is held for: an
 * open claim, a running tenancy or a pending access request (no date yet), or its retention rule in the catalogue,
 * whose end is computed here from the person's tenancies, ledger and claims. A hold that has already ended holds
 * nothing: the category is erased, with that as the ground. The financial year is taken to be the calendar year. The
 * rules are in the DMN, not here: a new version of the decision changes the plan without a release.
 */
@Service
public class ErasurePlanner {

    public static final String DECISION = "erasure-plan";

    /**
     * One category's line of the plan. {@code holdEndsOn}: for KEEP, when the hold ends if the date is known; for a
     * category erased because its hold ended, the day it ended.
     */
    public record Item(String register, String category, ErasureAction action, String ground, String holdRule,
                       LocalDate holdEndsOn, String hold) {

        public Item(String register, String category, ErasureAction action, String ground, String holdRule,
                    LocalDate holdEndsOn) {
            this(register, category, action, ground, holdRule, holdEndsOn, action == ErasureAction.KEEP ? "RETENTION"
                    : "NONE");
        }
    }

    /** The plan: a line per category, in catalogue order. */
    public record Plan(List<Item> items) {

        public Plan {
            items = List.copyOf(items);
        }

        public Item item(String category) {
            return items.stream().filter(i -> i.category().equals(category)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no category " + category));
        }

        /** What the registers execute (a category the plan keeps is left alone). */
        public ErasurePlan toErasurePlan() {
            Map<String, ErasureAction> actions = new LinkedHashMap<>();
            items.forEach(i -> actions.put(i.category(), i.action()));
            return new ErasurePlan(actions);
        }
    }

    private final DecisionService decisions;
    private final Catalogue catalogue;
    private final ErasureFacts facts;
    private final Clock clock;

    ErasurePlanner(DecisionService decisions, Catalogue catalogue, ErasureFacts facts, Clock clock) {
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.facts = facts;
        this.clock = clock;
    }

    public Plan plan(DataSubject subject) {
        LocalDate today = LocalDate.now(clock);
        ErasureFacts.Facts known = facts.of(subject, today);
        List<Item> items = catalogue.registers().stream().flatMap(register -> register.categories().stream()
                .map(category -> item(register, category, known, today))).toList();
        return new Plan(items);
    }

    private Item item(Catalogue.Register register, Catalogue.Category category, ErasureFacts.Facts known,
                      LocalDate today) {
        DmnDecisionResultEntries decided = decisions.evaluateDecisionByKey(DECISION).variables(
                Variables.createVariables()
                .putValue("register", register.id())
                .putValue("category", category.id())
                .putValue("tenancyActive", known.tenancyActive())
                .putValue("openClaim", known.openClaim())
                .putValue("consentBased", category.legalBases().contains("consent"))
                .putValue("accessRequestPending", known.accessRequestPending()))
                .evaluate().getSingleResult();
        ErasureAction action = ErasureAction.valueOf(decided.getEntry("action"));
        String ground = decided.getEntry("ground");
        if (action != ErasureAction.KEEP) {
            return new Item(register.id(), category.id(), action, ground, null, null, "NONE");
        }
        Catalogue.RetentionRule rule = catalogue.retentionRule(category.retention()).orElseThrow();
        // held while a claim is open or the tenancy runs: no date yet; otherwise until the retention rule ends
        String hold = decided.getEntry("hold");
        LocalDate ends = "RETENTION".equals(hold) ? holdEnds(rule, known) : null;
        if (ends != null && ends.isBefore(today)) {
            return new Item(register.id(), category.id(), ErasureAction.ERASE, "GDPR 17(1)(a): the hold ("
                    + ground + ") ended on " + ends, rule.id(), ends, "NONE");
        }
        return new Item(register.id(), category.id(), action, ground, rule.id(), ends, hold);
    }

    /** When the category's retention rule ends for this person, if the event it runs from has happened. */
    static LocalDate holdEnds(Catalogue.RetentionRule rule, ErasureFacts.Facts known) {
        LocalDate anchor = switch (rule.anchor()) {
            case TENANCY_END -> known.tenancyActive() ? null : known.lastTenancyEnd();
            case END_OF_YEAR_AFTER_TENANCY_END -> known.tenancyActive() ? null : yearEnd(known.lastTenancyEnd());
            // the financial year is the calendar year: it ends, and its year ends, on 31 December
            case END_OF_FINANCIAL_YEAR, END_OF_YEAR_AFTER_FINANCIAL_YEAR_END -> yearEnd(known.lastLedgerEntry());
            case END_OF_YEAR_AFTER_CLAIM_CLOSED -> known.openClaim() ? null : yearEnd(known.lastClaimClosed());
            // the person's data-protection cases, from the last one's closing (none while one is open: this one)
            case CASE_CLOSED -> known.lastCaseClosed();
            default -> null;
        };
        return anchor == null ? null : anchor.plus(rule.period());
    }

    private static LocalDate yearEnd(LocalDate date) {
        return date == null ? null : LocalDate.of(date.getYear(), 12, 31);
    }
}
