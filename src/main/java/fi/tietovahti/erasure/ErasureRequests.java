package fi.tietovahti.erasure;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.subject.CaseSubjects;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSources;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure request's own steps, between matching the subject and answering: the plan is made by the decision
 * table and stored with the case, category by category; a handler reviews it and may change decisions with a
 * reason (erasing a category the law would keep needs the DPO's approval); the approved plan is executed in every
 * register, and what each category lost is recorded. Kept categories stay recorded as holds with their end date,
 * for {@link ErasureHolds} to release.
 */
@Service
public class ErasureRequests {

    private static final Logger log = LoggerFactory.getLogger(ErasureRequests.class);

    /** A category kept on review, with the handler's date, is held by this rule (not the catalogue's). */
    public static final String REVIEW_HOLD = "review";

    /** One category's line of a case's plan, as decided and as done. */
    public record Decision(String register, String category, int recordsHeld, ErasureAction plannedAction,
                           String plannedGround,
                           ErasureAction action, String ground, String holdRule, LocalDate holdEndsOn, String holdKind,
                           String changedBy, String dpoDecision, Integer recordsTouched, Instant executedAt,
                           Instant releasedAt, Integer releasedRecords) {

        public boolean changed() {
            return action != plannedAction;
        }

        /** A category the law would keep that the handler wants erased: only the DPO can let it go. */
        public boolean releasesHold() {
            return plannedAction == ErasureAction.KEEP && action != ErasureAction.KEEP;
        }
    }

    /**
     * The handler's review: categories to erase although the plan keeps or anonymises them, categories to keep
     * although the plan lets them go (until a date), the reason for any change, and whether the requester wants a
     * letter when data kept now is erased later.
     */
    public record Review(Set<String> eraseInstead, Set<String> keepInstead, LocalDate keepUntil, String reason,
                         boolean notifyWhenHoldEnds) {

        public Review {
            eraseInstead = eraseInstead == null ? Set.of() : Set.copyOf(eraseInstead);
            keepInstead = keepInstead == null ? Set.of() : Set.copyOf(keepInstead);
            reason = reason == null || reason.isBlank() ? null : reason.strip();
        }
    }

    /** A review or approval that cannot be applied; the message says why, for the handler. */
    public static class InvalidReview extends RuntimeException implements fi.tietovahti.platform.Refusal {
        InvalidReview(String message) {
            super(message);
        }
    }

    /** What executing a case's plan did: records touched per category (0 where nothing was left). */
    public record Executed(Map<String, Integer> touched) {

        public int total() {
            return touched.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final CaseRegistry cases;
    private final ErasurePlanner planner;
    private final Erasures erasures;
    private final CaseSubjects subjects;
    private final PersonalDataSources sources;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ErasureRequests(CaseRegistry cases, ErasurePlanner planner, Erasures erasures, CaseSubjects subjects,
                    PersonalDataSources sources, JdbcTemplate jdbc, Clock clock) {
        this.sources = sources;
        this.cases = cases;
        this.planner = planner;
        this.erasures = erasures;
        this.subjects = subjects;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whose data the case's erasure concerns: the matched person, their contract tenancies and their accounts. */
    public DataSubject subject(PrivacyCase kase) {
        DataSubject now = subjects.of(kase);
        // accounts kept under addresses the tenancy register held when the plan was made (since erased, perhaps)
        List<String> then = jdbc.queryForList("select emails from tietovahti.erasure_subject where case_id = ?",
                String.class, kase.getId());
        if (then.isEmpty() || then.get(0).isEmpty()) {
            return now;
        }
        Set<String> emails = new HashSet<>(now.emails());
        emails.addAll(List.of(then.get(0).split(",")));
        return new DataSubject(now.personIds(), now.contractTenancyIds(), emails);
    }

    /**
     * The person as the registers knew them when the plan was made (the notices of what is erased, now or when a
     * hold ends, must name them though their name may be erased by then); as they are now if no plan stored them.
     */
    public fi.tietovahti.recipients.RecipientNotices.Subject subjectAsPlanned(PrivacyCase kase) {
        return jdbc.query("select name, birth_date from tietovahti.erasure_subject where case_id = ?",
                        (rs, i) -> new fi.tietovahti.recipients.RecipientNotices.Subject(rs.getString("name"),
                                rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate()),
                        kase.getId()).stream().findFirst()
                .orElseGet(() -> subjects.person(kase).map(p -> new fi.tietovahti.recipients.RecipientNotices.Subject(
                        p.fullName(), p.getBirthDate())).orElseThrow(() -> new IllegalStateException(
                        "case " + kase.getCaseNumber() + " has no person to name in its notices")));
    }

    /** Makes the plan with the decision table and stores it; a plan not yet executed is made again. */
    @Transactional
    public List<Decision> plan(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        if (executed(kase.getId())) {
            throw new IllegalStateException("the plan of " + caseNumber + " has been executed; it is not made again");
        }
        DataSubject subject = subject(kase);
        ErasurePlanner.Plan plan = planner.plan(subject);
        // who it is, as the registers know them today: the notices and the hold sweep need it after it is erased
        subjects.person(kase).ifPresent(p -> jdbc.update("""
                insert into tietovahti.erasure_subject (case_id, name, birth_date, emails) values (?, ?, ?, ?)
                on conflict (case_id) do update set name = excluded.name, birth_date = excluded.birth_date,
                    emails = excluded.emails""", kase.getId(), p.fullName(),
                p.getBirthDate() == null ? null : Date.valueOf(p.getBirthDate()), String.join(",", subject.emails())));
        Map<String, Long> held = sources.collect(subject).stream()
                .collect(Collectors.groupingBy(PersonalDataRecord::category, Collectors.counting()));
        jdbc.update("delete from tietovahti.erasure_decision where case_id = ?", kase.getId());
        jdbc.batchUpdate("""
                insert into tietovahti.erasure_decision (case_id, register_id, category_id, records_held,
                    planned_action, planned_ground, action, ground, hold_rule, hold_ends_on, hold_kind)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", plan.items(), plan.items().size(), (ps, item) -> {
            ps.setLong(1, kase.getId());
            ps.setString(2, item.register());
            ps.setString(3, item.category());
            ps.setInt(4, held.getOrDefault(item.category(), 0L).intValue());
            ps.setString(5, item.action().name());
            ps.setString(6, item.ground());
            ps.setString(7, item.action().name());
            ps.setString(8, item.ground());
            ps.setString(9, item.holdRule());
            ps.setObject(10, item.holdEndsOn());
            ps.setString(11, item.hold());
        });
        return decisions(caseNumber);
    }

    /** The case's plan in catalogue order. */
    @Transactional(readOnly = true)
    public List<Decision> decisions(String caseNumber) {
        return jdbc.query("select d.* from tietovahti.erasure_decision d where d.case_id = ? order by d.id",
                ErasureRequests::decision, cases.byNumber(caseNumber).getId());
    }

    /**
     * Applies the handler's review. Returns whether the DPO must approve it: it erases a category the law would
     * keep. Anything unclear is refused with the reason and nothing changes.
     */
    @Transactional
    public boolean review(String caseNumber, Review review, String handler) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        if (executed(kase.getId())) {
            throw new InvalidReview("the plan of " + caseNumber + " has already been executed");
        }
        Map<String, Decision> byCategory = new HashMap<>();
        decisions(caseNumber).forEach(d -> byCategory.put(d.category(), d));
        Set<String> both = new HashSet<>(review.eraseInstead());
        both.retainAll(review.keepInstead());
        if (!both.isEmpty()) {
            throw new InvalidReview("a category cannot be both erased and kept: " + both);
        }
        for (String category : union(review.eraseInstead(), review.keepInstead())) {
            if (!byCategory.containsKey(category)) {
                throw new InvalidReview("no such category in the plan: " + category);
            }
        }
        for (String category : review.eraseInstead()) {
            if (byCategory.get(category).plannedAction() == ErasureAction.ERASE) {
                throw new InvalidReview("the plan erases " + category + " already");
            }
        }
        for (String category : review.keepInstead()) {
            if (byCategory.get(category).plannedAction() == ErasureAction.KEEP) {
                throw new InvalidReview("the plan keeps " + category + " already");
            }
        }
        boolean changes = !review.eraseInstead().isEmpty() || !review.keepInstead().isEmpty();
        if (changes && review.reason() == null) {
            throw new InvalidReview("give the reason for changing the plan");
        }
        if (review.reason() != null && review.reason().length() > 1000) {
            throw new InvalidReview("the reason is longer than 1,000 characters");
        }
        LocalDate today = LocalDate.now(clock);
        if (!review.keepInstead().isEmpty()) {
            if (review.keepUntil() == null || !review.keepUntil().isAfter(today)) {
                throw new InvalidReview("a category kept on review needs the date its hold ends, after today");
            }
            if (review.keepUntil().isAfter(today.plusYears(20))) {
                throw new InvalidReview("a hold of more than 20 years is not a hold: check the date");
            }
        }
        // a second review (the task done again) starts from the plan
        jdbc.update("""
                update tietovahti.erasure_decision set action = planned_action, ground = planned_ground,
                    changed_by = null, change_reason = null, dpo_decision = null, dpo_decided_by = null,
                    hold_rule = case when hold_kind = 'REVIEW' then null else hold_rule end,
                    hold_ends_on = case when hold_kind = 'REVIEW' then null else hold_ends_on end,
                    hold_kind = case when hold_kind = 'REVIEW' then 'NONE' else hold_kind end
                where case_id = ? and action <> planned_action""", kase.getId());
        for (String category : review.eraseInstead()) {
            jdbc.update("""
                    update tietovahti.erasure_decision set action = 'ERASE', ground = ?,
                        changed_by = ?, change_reason = ?
                    where case_id = ? and category_id = ?""", "GDPR 17(1): erased on review", handler,
                    review.reason(), kase.getId(), category);
        }
        for (String category : review.keepInstead()) {
            jdbc.update("""
                    update tietovahti.erasure_decision set action = 'KEEP', ground = ?, hold_rule = ?,
                        hold_ends_on = ?, hold_kind = 'REVIEW', changed_by = ?, change_reason = ?
                    where case_id = ? and category_id = ?""", "GDPR 17(3): kept on review", REVIEW_HOLD,
                    Date.valueOf(review.keepUntil()), handler, review.reason(), kase.getId(), category);
        }
        cases.recordNotifyWhenHoldEnds(kase.getId(), review.notifyWhenHoldEnds());
        boolean dpo = review.eraseInstead().stream().anyMatch(c -> byCategory.get(c).plannedAction()
                == ErasureAction.KEEP);
        log.info("Erasure plan of {} reviewed: {} to erase instead, {} to keep instead, DPO approval {}",
                caseNumber, review.eraseInstead().size(), review.keepInstead().size(), dpo ? "needed" : "not needed");
        return dpo;
    }

    /** The handler's reason for changing the plan (the same for every change of one review), or null. */
    @Transactional(readOnly = true)
    public String changeReason(String caseNumber) {
        return jdbc.queryForList("""
                select d.change_reason from tietovahti.erasure_decision d
                where d.case_id = ? and d.change_reason is not null limit 1""", String.class,
                cases.byNumber(caseNumber).getId()).stream().findFirst().orElse(null);
    }

    /**
     * The DPO's word on a review that releases legal holds: approved, the changes stand; refused, the categories
     * the law keeps are kept after all (the other changes stand).
     */
    @Transactional
    public void dpoDecision(String caseNumber, boolean approved, String dpo) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        if (executed(kase.getId())) {
            throw new InvalidReview("the plan of " + caseNumber + " has already been executed");
        }
        if (approved) {
            jdbc.update("""
                    update tietovahti.erasure_decision set dpo_decision = 'APPROVED', dpo_decided_by = ?
                    where case_id = ? and planned_action = 'KEEP' and action <> 'KEEP'""", dpo, kase.getId());
        } else {
            jdbc.update("""
                    update tietovahti.erasure_decision set action = planned_action, ground = planned_ground,
                        dpo_decision = 'REFUSED', dpo_decided_by = ?
                    where case_id = ? and planned_action = 'KEEP' and action <> 'KEEP'""", dpo, kase.getId());
        }
        log.info("Erasure plan of {}: the DPO {} the release of held categories", caseNumber,
                approved ? "approved" : "refused");
    }

    /**
     * Executes the approved plan in every register and records what each category lost. Running it again (a
     * retried job) changes nothing and adds nothing.
     */
    @Transactional
    public Executed execute(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        List<Decision> decisions = decisions(caseNumber);
        if (decisions.isEmpty()) {
            throw new IllegalStateException("case " + caseNumber + " has no erasure plan");
        }
        if (decisions.stream().anyMatch(d -> d.releasesHold() && !"APPROVED".equals(d.dpoDecision()))) {
            throw new IllegalStateException("the plan of " + caseNumber + " releases a legal hold without the DPO's "
                    + "approval");
        }
        Map<String, Integer> touched = run(kase, decisions.stream().map(d -> new ErasurePlanner.Item(d.register(),
                d.category(), d.action(), d.ground(), d.holdRule(), d.holdEndsOn(), d.holdKind())).toList());
        Timestamp now = Timestamp.from(clock.instant());
        cases.markCarriedOut(caseNumber, clock.instant());
        touched.forEach((category, records) -> jdbc.update("""
                update tietovahti.erasure_decision
                set records_touched = coalesce(records_touched, 0) + ?, executed_at = coalesce(executed_at, ?)
                where case_id = ? and category_id = ?""", records, now, kase.getId(), category));
        Executed executed = new Executed(touched);
        log.info("Erasure plan of {} executed: {} records erased or anonymised", caseNumber, executed.total());
        return executed;
    }

    /** Runs the items in the registers; per category of the items, the records touched. */
    Map<String, Integer> run(PrivacyCase kase, List<ErasurePlanner.Item> items) {
        Erasures.Executed done = erasures.execute(subject(kase), new ErasurePlanner.Plan(items));
        Map<String, Integer> touched = new HashMap<>();
        items.forEach(i -> touched.put(i.category(), 0));
        for (ErasureReport report : done.reports()) {
            for (ErasureReport.Line line : report.lines()) {
                if (touched.containsKey(line.category())) {
                    touched.merge(line.category(), line.records(), Integer::sum);
                }
            }
        }
        return touched;
    }

    private boolean executed(long caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from tietovahti.erasure_decision where case_id = ? and executed_at is not null)
                """, Boolean.class, caseId));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static Decision decision(ResultSet rs, int row) throws SQLException {
        Date holdEnds = rs.getDate("hold_ends_on");
        Timestamp executed = rs.getTimestamp("executed_at");
        Timestamp released = rs.getTimestamp("released_at");
        return new Decision(rs.getString("register_id"), rs.getString("category_id"), rs.getInt("records_held"),
                ErasureAction.valueOf(rs.getString("planned_action")), rs.getString("planned_ground"),
                ErasureAction.valueOf(rs.getString("action")), rs.getString("ground"), rs.getString("hold_rule"),
                holdEnds == null ? null : holdEnds.toLocalDate(), rs.getString("hold_kind"), rs.getString("changed_by"),
                rs.getString("dpo_decision"), (Integer) rs.getObject("records_touched"),
                executed == null ? null : executed.toInstant(), released == null ? null : released.toInstant(),
                (Integer) rs.getObject("released_records"));
    }
}
