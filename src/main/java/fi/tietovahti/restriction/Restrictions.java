package fi.tietovahti.restriction;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.subject.CaseSubjects;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSources;
import fi.tietovahti.registers.RestrictionGround;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A restriction request's decision and its life (GDPR Art. 18): the handler restricts chosen categories of the
 * person's data on one of the four grounds (or refuses, with reasons); every register then marks the records, and
 * whatever would use them checks the mark ({@link RestrictionGuard}). The restriction is lifted only after the person
 * has been told (Art. 18(3)), when its ground's end condition is met.
 */
@Service
public class Restrictions {

    private static final Logger log = LoggerFactory.getLogger(Restrictions.class);

    /** The handler's decision: a ground and categories, or a refusal (ground null) with the reason. */
    public record Decision(RestrictionGround ground, Set<String> categories, String note, LocalDate reviewOn) {

        public Decision {
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    /** A decision that cannot be applied; the message says why, for the handler. */
    public static class InvalidDecision extends RuntimeException implements fi.tietovahti.platform.Refusal {
        InvalidDecision(String message) {
            super(message);
        }
    }

    private final CaseRegistry cases;
    private final CaseSubjects subjects;
    private final PersonalDataSources sources;
    private final Catalogue catalogue;
    private final RestrictionProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Restrictions(CaseRegistry cases, CaseSubjects subjects, PersonalDataSources sources, Catalogue catalogue,
                 RestrictionProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.cases = cases;
        this.subjects = subjects;
        this.sources = sources;
        this.catalogue = catalogue;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Per category in which the person has records, how many: what the handler chooses from. */
    @Transactional(readOnly = true)
    public Map<String, Long> categoriesWithData(String caseNumber) {
        return sources.collect(subject(cases.byNumber(caseNumber))).stream().collect(Collectors.groupingBy(
                PersonalDataRecord::category, TreeMap::new, Collectors.counting()));
    }

    /**
     * Applies the handler's decision. Returns whether anything was restricted (false: refused). A decision without
     * categories, with categories the person has no data in, or a refusal without reasons is refused with the reason.
     */
    @Transactional
    public boolean decide(String caseNumber, Decision decision, String handler) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        LocalDate today = LocalDate.now(clock);
        if (decision.ground() == null) {
            if (decision.note() == null) {
                throw new InvalidDecision("give the reasons for refusing the restriction: the requester is told them");
            }
            insert(kase, null, Set.of(), decision.note(), null, handler, 0);
            log.info("Restriction request {} refused", caseNumber);
            return false;
        }
        if (decision.categories().isEmpty()) {
            throw new InvalidDecision("choose the categories to restrict");
        }
        Set<String> held = categoriesWithData(caseNumber).keySet();
        Set<String> unknown = new TreeSet<>(decision.categories());
        unknown.removeAll(held);
        if (!unknown.isEmpty()) {
            throw new InvalidDecision("the person has no data in " + unknown);
        }
        if (decision.reviewOn() != null && !decision.reviewOn().isAfter(today)) {
            throw new InvalidDecision("the day to look at the restriction again must be after today");
        }
        if (decision.note() != null && decision.note().length() > 1000) {
            throw new InvalidDecision("the note is longer than 1,000 characters");
        }
        LocalDate reviewOn = decision.reviewOn() != null ? decision.reviewOn()
                : today.plus(properties.reviewAfter().get(decision.ground()));
        int marks = sources.restrict(subject(kase), decision.categories(), decision.ground(), caseNumber);
        insert(kase, decision.ground(), decision.categories(), decision.note(), reviewOn, handler, marks);
        // a refusal changed nothing: the requester may still withdraw before its letter leaves
        cases.markCarriedOut(caseNumber, clock.instant());
        log.info("Restriction request {}: {} categories restricted on ground {}, {} marks", caseNumber,
                decision.categories().size(), decision.ground(), marks);
        return true;
    }

    /**
     * The handler says the restriction's end condition is met: recorded now; the person is told, and only then is
     * the restriction lifted ({@link #lift}).
     */
    @Transactional
    public void endConditionMet(String caseNumber, String reason, String handler) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidDecision("say which end condition was met: the restriction is lifted on it");
        }
        jdbc.update("""
                update tietovahti.restriction_decision set lifted_by = ?, lift_reason = ?
                where case_id = ? and lifted_at is null""", handler, clip(reason.strip()),
                cases.byNumber(caseNumber).getId());
    }

    /** Lifts the case's restriction (the person has been told); returns the marks lifted; a second time, none. */
    @Transactional
    public int lift(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        Map<String, Object> row = jdbc.queryForMap("""
                select categories, lifted_at, lift_reason from tietovahti.restriction_decision where case_id = ?""",
                kase.getId());
        if (row.get("lifted_at") != null) {
            return 0;
        }
        if (row.get("lift_reason") == null) {
            throw new IllegalStateException("the restriction of " + caseNumber + " has no recorded end condition");
        }
        Set<String> categories = new TreeSet<>(Set.of(((String) row.get("categories")).split(",")));
        // a category another running restriction of the same person also covers stays restricted: the marks are
        // per person and category, not per case
        List<Long> others = cases.caseIdsAbout(kase.getSubjectPersonId()).stream()
                .filter(id -> !id.equals(kase.getId())).toList();
        if (!others.isEmpty()) {
            new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).queryForList("""
                    select d.categories from tietovahti.restriction_decision d
                    where d.case_id in (:others) and d.lifted_at is null and not d.refused""",
                    java.util.Map.of("others", others), String.class)
                    .forEach(other -> categories.removeAll(Set.of(other.split(","))));
        }
        int lifted = categories.isEmpty() ? 0 : sources.liftRestriction(subject(kase), categories);
        jdbc.update("update tietovahti.restriction_decision set lifted_at = ? where case_id = ?",
                Timestamp.from(clock.instant()), kase.getId());
        log.info("Restriction of {} lifted: {} marks", caseNumber, lifted);
        return lifted;
    }

    /** The decision as recorded: ground (null if refused), categories, note, the day to look again. */
    @Transactional(readOnly = true)
    public Decision decision(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        Map<String, Object> row = jdbc.queryForMap("""
                select ground, categories, note, review_on from tietovahti.restriction_decision where case_id = ?""",
                kase.getId());
        String categories = (String) row.get("categories");
        return new Decision(row.get("ground") == null ? null : RestrictionGround.valueOf((String) row.get("ground")),
                categories.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(categories.split(","))),
                (String) row.get("note"),
                row.get("review_on") == null ? null : ((Date) row.get("review_on")).toLocalDate());
    }

    /** "Register: category" in the catalogue's words and the language, for letters. */
    public List<String> names(Set<String> categories, String language) {
        return categories.stream().sorted().map(c -> catalogue.registerOf(c).map(r -> r.name(language) + ": ")
                .orElse("") + catalogue.category(c).map(x -> x.name(language)).orElse(c)).toList();
    }

    private DataSubject subject(PrivacyCase kase) {
        return subjects.of(kase);
    }

    private void insert(PrivacyCase kase, RestrictionGround ground, Set<String> categories, String note,
                        LocalDate reviewOn, String handler, int marks) {
        // the task may be completed again after a failure further on: the last decision stands
        jdbc.update("delete from tietovahti.restriction_decision where case_id = ? and lifted_at is null",
                kase.getId());
        jdbc.update("""
                insert into tietovahti.restriction_decision (case_id, ground, categories, refused, note, review_on,
                    decided_by, decided_at, marks)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", kase.getId(), ground == null ? null : ground.name(),
                String.join(",", new TreeSet<>(categories)), ground == null, note == null ? null : clip(note),
                reviewOn == null ? null : Date.valueOf(reviewOn), handler, Timestamp.from(clock.instant()), marks);
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
