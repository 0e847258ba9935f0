package fi.tietovahti.collection;

import fi.tietovahti.disclosure.DisclosureDoors;
import fi.tietovahti.letters.CollectionLetterRenderer;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import fi.tietovahti.platform.Workflow;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.collection.Claims;
import fi.tietovahti.registers.collection.CollectionCases;
import fi.tietovahti.registers.collection.CollectionCases.CaseInvoice;
import fi.tietovahti.registers.collection.CollectionCases.State;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.registers.tenancy.Tenancies;
import fi.tietovahti.restriction.RestrictionGuard;
import fi.tietovahti.tenancy.Evictions;
import fi.tietovahti.tenancy.TenancyLaw;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One rent-collection case per tenancy, step by step: what the next step is and on which day (the law's earliest day,
 * the landlord's practice, a plan, a dispute, a handler's hold), and taking it when the day comes. The day is judged
 * again when the step is taken, so a timer fired early or a case changed meanwhile never sends a letter the law does
 * not allow on that day.
 */
@Service
public class RentCollection {

    /** What happens next in a case. */
    public enum StepKind { REMINDER, QUESTION, PLAN_CHECK, RECHECK, PAID }

    /** Why a handler is asked (shown in Tasklist; never personal data). */
    public enum Question {
        DISPUTED, TENANCY_ENDED, HANDOVER_DUE, BELOW_HANDOVER_THRESHOLD, RESCISSION_THRESHOLD, ONLY_COSTS_LEFT,
        RESTRICTED, NO_ADDRESSEE, PARTNER_RETURNED, HANDOVER_REFUSED
    }

    /** What the step taken leads to in the model. */
    public enum Outcome { CONTINUE, QUESTION, PAID }

    /** A handler's answer to a question. */
    public enum Decision { RESUME, POSTPONE, HAND_OVER, RESCIND, CLOSE }

    public record NextStep(StepKind kind, LocalDate on, Question question) {
    }

    public record Taken(Outcome outcome, Question question) {
    }

    /** Refused by the law or by the state of the case: the message says why. */
    public static class NotAllowed extends RuntimeException implements fi.tietovahti.platform.Refusal {
        public NotAllowed(String message) {
            super(message);
        }
    }

    static final Set<String> CATEGORIES = Set.of("collection.case", "collection.step");

    private final CollectionCases cases;
    private final Claims claims;
    private final Tenancies tenancies;
    private final ResidentDirectory residents;
    private final DebtCollectionLaw law;
    private final TenancyLaw tenancyLaw;
    private final CollectionPractice practice;
    private final RestrictionGuard guard;
    private final CollectionLetterRenderer renderer;
    private final LetterTexts letters;
    private final OutboundMail mail;
    private final Clock clock;
    private final Workflow workflow;
    private final Evictions evictions;
    private final DisclosureDoors disclosures;

    RentCollection(CollectionCases cases, Claims claims, Tenancies tenancies, ResidentDirectory residents,
                   DebtCollectionLaw law, TenancyLaw tenancyLaw, CollectionPractice practice, RestrictionGuard guard,
                   CollectionLetterRenderer renderer, LetterTexts letters, OutboundMail mail, Clock clock,
                   Workflow workflow, Evictions evictions,
                   DisclosureDoors disclosures) {
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.evictions = evictions;
        this.cases = cases;
        this.claims = claims;
        this.tenancies = tenancies;
        this.residents = residents;
        this.law = law;
        this.tenancyLaw = tenancyLaw;
        this.practice = practice;
        this.guard = guard;
        this.renderer = renderer;
        this.letters = letters;
        this.mail = mail;
        this.clock = clock;
    }

    /** The case's process plans its next step again (a dispute, a plan: whatever changed what comes next). */
    public void caseChanged(String reference) {
        workflow.correlateAllAsController(fi.tietovahti.processes.RentCollectionProcess.Message.COLLECTION_CASE_CHANGED, reference, Map.of());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The case's next step as of today. */
    @Transactional(readOnly = true)
    public NextStep next(String reference) {
        State st = cases.state(caseOf(reference).id());
        return next(st, tenancy(st), today());
    }

    NextStep next(State st, Tenancies.Tenancy tenancy, LocalDate today) {
        CollectionCases.Case c = st.kase();
        long principal = st.unpaidPrincipalCents();
        long storedInterest = st.invoices().stream().mapToLong(CaseInvoice::interestCents).sum();
        if (principal == 0 && storedInterest == 0) {
            return st.unpaidCostsCents() > 0 && !c.answered(Question.ONLY_COSTS_LEFT.name())
                    ? question(Question.ONLY_COSTS_LEFT, today) : new NextStep(StepKind.PAID, today, null);
        }
        if (c.holdUntil() != null && c.holdUntil().isAfter(today)) {
            return new NextStep(StepKind.RECHECK, c.holdUntil(), null);
        }
        if (c.disputedOn() != null) {
            return question(Question.DISPUTED, today);
        }
        if (tenancy.endedBefore(today) && !c.answered(Question.TENANCY_ENDED.name())) {
            return question(Question.TENANCY_ENDED, today);
        }
        if (st.plan().isPresent() && "ACTIVE".equals(st.plan().get().status())) {
            return new NextStep(StepKind.PLAN_CHECK, nextInstalmentCheck(st), null);
        }
        if (!c.answered(Question.RESCISSION_THRESHOLD.name()) && tenancyLaw.rescissionToConsider(
                euros(principal), euros(tenancy.monthlyRentCents()))) {
            return question(Question.RESCISSION_THRESHOLD, today);
        }
        List<CollectionCases.Step> reminders = st.steps().stream()
                .filter(s -> "PAYMENT_REMINDER".equals(s.type())).toList();
        LocalDate afterLast = today;
        if (!reminders.isEmpty()) {
            LocalDate last = reminders.get(reminders.size() - 1).on();
            afterLast = max(last.plusDays(law.on(last).stepGapDays()), last.plusDays(practice.payByDays() + 1L));
        }
        if (reminders.size() < practice.reminders()) {
            LocalDate earliest = law.earliestChargeableReminder(oldestUnpaidDue(st));
            return new NextStep(StepKind.REMINDER, max(earliest, reminders.isEmpty() ? earliest : afterLast), null);
        }
        Question q = principal >= practice.handoverMinPrincipal().movePointRight(2).longValueExact()
                ? Question.HANDOVER_DUE : Question.BELOW_HANDOVER_THRESHOLD;
        if (c.answered(q.name())) {
            return new NextStep(StepKind.RECHECK, max(afterLast, today.plusDays(practice.postponeDays())), null);
        }
        return new NextStep(StepKind.QUESTION, afterLast, q);
    }

    private static NextStep question(Question q, LocalDate on) {
        return new NextStep(StepKind.QUESTION, on, q);
    }

    /** The day the next instalment counts as missed unless paid: its due date plus the grace days. */
    private LocalDate nextInstalmentCheck(State st) {
        CollectionCases.Plan plan = st.plan().orElseThrow();
        long paid = paidSince(st, plan.agreedOn());
        long due = 0;
        for (CollectionCases.Instalment i : plan.instalments()) {
            due += i.amountCents();
            if (paid < due) {
                return i.dueDate().plusDays(practice.planGraceDays() + 1L);
            }
        }
        // every instalment paid: the plan is kept; the check ends it
        return plan.instalments().isEmpty() ? plan.agreedOn() : plan.instalments().get(plan.instalments().size() - 1)
                .dueDate();
    }

    private static long paidSince(State st, LocalDate from) {
        return st.payments().stream().filter(p -> !p.paidOn().isBefore(from))
                .mapToLong(CollectionCases.Payment::amountCents).sum();
    }

    /** Takes the case's step if its day has come; the model goes on by the outcome. */
    @Transactional
    public Taken take(String reference) {
        CollectionCases.Case c = caseOf(reference);
        if (c.closed()) {
            return new Taken(Outcome.PAID, null);
        }
        State st = cases.state(c.id());
        Tenancies.Tenancy tenancy = tenancy(st);
        LocalDate today = today();
        NextStep next = next(st, tenancy, today);
        if (next.on().isAfter(today)) {
            return new Taken(Outcome.CONTINUE, null); // early: planned again for its day
        }
        switch (next.kind()) {
            case PAID -> {
                cases.status(c.id(), "PAID", today);
                return new Taken(Outcome.PAID, null);
            }
            case RECHECK -> {
                cases.holdUntil(c.id(), null);
                return new Taken(Outcome.CONTINUE, null);
            }
            case PLAN_CHECK -> {
                checkPlan(st, today);
                return new Taken(Outcome.CONTINUE, null);
            }
            case QUESTION -> {
                if (next.question() == Question.RESCISSION_THRESHOLD) {
                    cases.rescissionAsked(c.id(), today);
                }
                return new Taken(Outcome.QUESTION, next.question());
            }
            case REMINDER -> {
                return remind(st, tenancy, today);
            }
            default -> throw new IllegalStateException("unknown step " + next.kind());
        }
    }

    private void checkPlan(State st, LocalDate today) {
        CollectionCases.Plan plan = st.plan().orElseThrow();
        long paid = paidSince(st, plan.agreedOn());
        long dueByNow = plan.instalments().stream()
                .filter(i -> !i.dueDate().plusDays(practice.planGraceDays()).isAfter(today))
                .mapToLong(CollectionCases.Instalment::amountCents).sum();
        long all = plan.instalments().stream().mapToLong(CollectionCases.Instalment::amountCents).sum();
        if (paid < dueByNow) {
            // collection resumes where it stopped: the steps taken before the plan still count
            cases.planStatus(plan.id(), "BROKEN", today);
        } else if (paid >= all) {
            cases.planStatus(plan.id(), "KEPT", today);
        }
    }

    private Taken remind(State st, Tenancies.Tenancy tenancy, LocalDate today) {
        CollectionCases.Case c = st.kase();
        List<Tenancies.Addressee> to = tenancies.addressees(c.tenancyId());
        if (to.isEmpty()) {
            return new Taken(Outcome.QUESTION, Question.NO_ADDRESSEE);
        }
        DataSubject subject = residents.subjectOf(to.stream().map(Tenancies.Addressee::personId).toList());
        if (!guard.mayUse("collection", CATEGORIES, subject, "payment reminder letter", "collection-case:"
                + c.reference())) {
            return new Taken(Outcome.QUESTION, Question.RESTRICTED);
        }
        BigDecimal principal = euros(st.unpaidPrincipalCents());
        DebtCollectionLaw.Decision fee = law.reminder(principal, oldestUnpaidDue(st), today, lawSteps(st));
        if (!fee.allowed()) {
            throw new NotAllowed(fee.reason());
        }
        List<CollectionLetterRenderer.Line> lines = new ArrayList<>();
        long interestCents = 0;
        for (CaseInvoice i : st.invoices()) {
            if (i.unpaidCents() > 0 || i.interestCents() > 0) {
                long interest = interestTo(i, today);
                interestCents += interest;
                lines.add(new CollectionLetterRenderer.Line(i.dueDate(), euros(i.unpaidCents()), euros(interest)));
            }
        }
        LocalDate payBy = today.plusDays(practice.payByDays());
        String language = to.get(0).language();
        CollectionLetterRenderer.Reminder letter = new CollectionLetterRenderer.Reminder(c.reference(), language, today,
                to.stream().map(Tenancies.Addressee::name).collect(Collectors.joining(", ")), tenancy.address(),
                tenancy.contractNumber(), lines, fee.fee(), euros(Math.max(0, st.unpaidCostsCents())),
                law.referenceRate(today).add(law.on(today).lateInterestMargin()), payBy);
        byte[] docx = renderer.reminder(letter);
        String fileName = CollectionLetterRenderer.fileName(c.reference(), today);
        boolean byEmail = to.stream().anyMatch(a -> a.email() != null);
        long feeCents = fee.fee().movePointRight(2).longValueExact();
        cases.recordLetter(new CollectionCases.Letter(c.id(), "REMINDER", language, today, payBy,
                st.unpaidPrincipalCents(), interestCents, feeCents, byEmail ? "EMAIL" : "POST", fileName, docx,
                fi.tietovahti.platform.Fingerprint.sha256(docx)));
        claims.recordStep(c.id(), "PAYMENT_REMINDER", today, feeCents, "maksumuistutus, eräpäivä " + payBy + " ("
                + fee.reason() + ")");
        String total = letter.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        for (Tenancies.Addressee a : to) {
            if (a.email() == null) {
                continue;
            }
            LetterTexts.Letter text = letters.letter("collection.reminderLetter", a.language(), Map.of("total", total,
                    "payBy", payBy.format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")),
                    "reference", c.reference()));
            mail.send(c.reference(), a.email(), text.subject(), text.body(), new OutboundMail.Attachment(fileName,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx));
        }
        return new Taken(Outcome.CONTINUE, null);
    }

    /**
     * A handler's answer to the question the case asked. Refused (with the reason, shown in Tasklist) when the law or
     * the case does not allow it: a hand-over before the demand's earliest day, going on while the data is restricted.
     */
    @Transactional
    public void answer(String reference, Question question, Decision decision, String user) {
        CollectionCases.Case c = caseOf(reference);
        LocalDate today = today();
        switch (decision) {
            case CLOSE -> cases.status(c.id(), "CLOSED", today);
            case POSTPONE -> cases.holdUntil(c.id(), today.plusDays(practice.postponeDays()));
            case RESCIND -> {
                if (question != Question.RESCISSION_THRESHOLD) {
                    throw new NotAllowed("Purku ratkaistaan purkurajan kysymyksessä / Rescission is decided on the "
                            + "rescission-threshold question");
                }
                cases.answered(c.id(), question.name());
                evictions.startForUnpaidRent(c.tenancyId(), c.id(), user);
            }
            case HAND_OVER -> {
                State st = cases.state(c.id());
                if (c.disputedOn() != null && question != Question.DISPUTED) {
                    throw new NotAllowed("Saatava on kiistetty / The claim is disputed: no hand-over before the dispute "
                            + "is resolved (DCA §4 b)");
                }
                DebtCollectionLaw.Decision demand = law.demand(euros(st.unpaidPrincipalCents()), today, lawSteps(st));
                if (!demand.allowed()) {
                    throw new NotAllowed("Perintätoimiston kirje ei ole vielä sallittu / The partner's demand is not "
                            + "allowed yet: " + demand.reason());
                }
                if (question == Question.DISPUTED) {
                    cases.dispute(c.id(), null, null);
                }
            }
            case RESUME -> {
                if (question == Question.DISPUTED) {
                    cases.dispute(c.id(), null, null);
                } else if (question == Question.RESTRICTED) {
                    State st = cases.state(c.id());
                    List<Long> persons = tenancies.addressees(st.kase().tenancyId()).stream()
                            .map(Tenancies.Addressee::personId).toList();
                    if (!guard.mayUse("collection", CATEGORIES, residents.subjectOf(persons), "payment reminder letter",
                            "collection-case:" + c.reference())) {
                        throw new NotAllowed("Käsittely on yhä rajoitettu / Processing is still restricted (GDPR Art. "
                                + "18): collection cannot go on before the restriction is lifted");
                    }
                } else if (question != null) {
                    cases.answered(c.id(), question.name());
                }
            }
            default -> throw new IllegalArgumentException("unknown decision " + decision);
        }
    }

    /**
     * A referral of the tenants to the city's housing advisory (social services), which helps with debts and housing:
     * only with their consent, which the disclosure process asks for and waits for (ADR 20). Returns its reference.
     */
    @Transactional
    public String referToHousingAdvisory(String reference) {
        CollectionCases.Case c = caseOf(reference);
        List<Long> tenants = tenancies.addressees(c.tenancyId()).stream().map(Tenancies.Addressee::personId).toList();
        if (tenants.isEmpty()) {
            throw new NotAllowed("no contract party to refer");
        }
        return disclosures.fromProcess("SOCIAL_SERVICES", new DisclosureDoors.Ask(
                "HOUSING_ADVISORY", null, false, false, null, tenants, null, "collection-case:" + c.reference()))
                .reference();
    }

    /** The tenant disputes the claim: fee-bearing steps stop and a handler looks at it (DCA §4 b). */
    @Transactional
    public void dispute(String reference, String note) {
        CollectionCases.Case c = caseOf(reference);
        if (c.closed()) {
            throw new NotAllowed("the case " + reference + " is closed");
        }
        cases.dispute(c.id(), today(), note == null || note.isBlank() ? "kiistetty / disputed" : note.strip());
        claims.recordStep(c.id(), "DISPUTE", today(), 0, "saatava kiistetty / claim disputed");
    }

    /**
     * A payment plan agreed with the tenant over the whole remaining debt: its fee within the caps (DCA §10 a(1)(7),
     * §10 c, §10 d), instalments that add up to the debt with the fee. A missed instalment resumes collection.
     */
    @Transactional
    public long agreePlan(String reference, List<CollectionCases.Instalment> instalments, BigDecimal askedFee,
                          String agreedBy) {
        CollectionCases.Case c = caseOf(reference);
        if (c.closed() || !"OPEN".equals(c.status()) && !"PLAN".equals(c.status())) {
            throw new NotAllowed("a plan is agreed on an open case that is not with the partner (" + c.status() + ")");
        }
        if (instalments == null || instalments.isEmpty()) {
            throw new IllegalArgumentException("a payment plan has at least one instalment");
        }
        LocalDate today = today();
        State st = cases.state(c.id());
        DebtCollectionLaw.Decision cap = law.paymentPlan(euros(st.unpaidPrincipalCents()), instalments.size(), today,
                lawSteps(st));
        BigDecimal fee = askedFee == null ? cap.fee() : askedFee;
        if (fee.signum() < 0 || fee.compareTo(cap.fee()) > 0) {
            throw new NotAllowed("Maksusuunnitelman kulu ylittää enimmäismäärän / The plan's fee " + fee
                    + " is above what the law allows here: " + cap.fee() + " (" + cap.reason() + ")");
        }
        LocalDate previous = today.minusDays(1);
        for (CollectionCases.Instalment i : instalments) {
            if (i.amountCents() <= 0 || !i.dueDate().isAfter(previous)) {
                throw new IllegalArgumentException("instalments are positive amounts on rising days from today on");
            }
            previous = i.dueDate();
        }
        long owed = st.unpaidPrincipalCents() + interestNow(st, today) + Math.max(0, st.unpaidCostsCents())
                + fee.movePointRight(2).longValueExact();
        long planned = instalments.stream().mapToLong(CollectionCases.Instalment::amountCents).sum();
        if (planned < owed) {
            throw new IllegalArgumentException("the instalments (" + euros(planned) + ") do not cover the whole debt "
                    + "with the plan's fee (" + euros(owed) + "): a plan covers the whole remaining debt");
        }
        long feeCents = fee.movePointRight(2).longValueExact();
        long plan = cases.agreePlan(c.id(), today, agreedBy, feeCents, instalments);
        claims.recordStep(c.id(), "PAYMENT_PLAN", today, feeCents, "maksusuunnitelma, " + instalments.size()
                + " erää");
        cases.status(c.id(), "PLAN", null);
        return plan;
    }

    long interestNow(State st, LocalDate day) {
        return st.invoices().stream().mapToLong(i -> interestTo(i, day)).sum();
    }

    /** The invoice's unpaid late interest up to the day, inclusive. */
    long interestTo(CaseInvoice i, LocalDate day) {
        long accrued = i.interestFrom().isAfter(day) || i.unpaidCents() == 0 ? 0
                : law.lateInterest(euros(i.unpaidCents()), i.interestFrom().minusDays(1), day)
                .movePointRight(2).longValueExact();
        return i.interestCents() + accrued;
    }

    static List<DebtCollectionLaw.Step> lawSteps(State st) {
        List<DebtCollectionLaw.Step> steps = new ArrayList<>();
        for (CollectionCases.Step s : st.steps()) {
            DebtCollectionLaw.Kind kind = switch (s.type()) {
                case "PAYMENT_REMINDER" -> DebtCollectionLaw.Kind.REMINDER;
                case "COLLECTION_LETTER" -> DebtCollectionLaw.Kind.DEMAND;
                case "PAYMENT_PLAN" -> DebtCollectionLaw.Kind.PAYMENT_PLAN;
                default -> null;
            };
            if (kind != null) {
                steps.add(new DebtCollectionLaw.Step(kind, s.on(), euros(s.feeCents())));
            }
        }
        return steps;
    }

    private static LocalDate oldestUnpaidDue(State st) {
        return st.invoices().stream().filter(i -> i.unpaidCents() > 0).map(CaseInvoice::dueDate)
                .min(LocalDate::compareTo).orElseGet(() -> st.invoices().stream().map(CaseInvoice::dueDate)
                        .min(LocalDate::compareTo).orElse(st.kase().openedOn()));
    }

    CollectionCases.Case caseOf(String reference) {
        return cases.byReference(reference).orElseThrow(() -> new IllegalArgumentException(
                "no collection case " + reference));
    }

    Tenancies.Tenancy tenancy(State st) {
        return tenancies.tenancy(st.kase().tenancyId()).orElseThrow();
    }

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

}
