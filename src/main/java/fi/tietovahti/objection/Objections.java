package fi.tietovahti.objection;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.subject.CaseSubjects;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.PersonalDataSources;
import fi.tietovahti.registers.newsletter.NewsletterConsents;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to processing (GDPR Art. 21). To direct marketing (the newsletter) the objection is absolute: the
 * consent is withdrawn, no balancing can refuse it (21(2)-(3)). To processing on legitimate interest (camera
 * recordings, customer-service feedback surveys, anything else) a handler weighs the landlord's grounds against the
 * person's situation and records the balancing; an upheld objection stops the processing: the person's recordings or
 * survey answers are erased (17(1)(c)); for anything else the handler acts by hand.
 */
@Service
public class Objections {

    private static final Logger log = LoggerFactory.getLogger(Objections.class);

    public enum Target { NEWSLETTER, CAMERA, SURVEYS, OTHER }

    /** The categories an upheld objection erases, per target. */
    private static final Map<Target, String> ERASED = Map.of(Target.CAMERA, "camera.recording",
            Target.SURVEYS, "customer-service.feedback");

    /** A decision that cannot be recorded; the message says why, for the handler. */
    public static class InvalidDecision extends RuntimeException implements fi.tietovahti.platform.Refusal {
        InvalidDecision(String message) {
            super(message);
        }
    }

    private final CaseRegistry cases;
    private final CaseSubjects subjects;
    private final PersonalDataSources sources;
    private final NewsletterConsents newsletter;
    private final fi.tietovahti.recipients.RecipientNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Objections(CaseRegistry cases, CaseSubjects subjects, PersonalDataSources sources,
               NewsletterConsents newsletter, fi.tietovahti.recipients.RecipientNotices notices, JdbcTemplate jdbc,
               Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.subjects = subjects;
        this.sources = sources;
        this.newsletter = newsletter;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the decision and carries it out; returns the records it changed. */
    @Transactional
    public int decide(String caseNumber, Target target, boolean upheld, String balancing, String handler) {
        if (target == null) {
            throw new InvalidDecision("say which processing the person objects to");
        }
        if (balancing == null || balancing.isBlank()) {
            throw new InvalidDecision("record the balancing (or, for the newsletter, what was done): the requester "
                    + "is told the reasons");
        }
        if (balancing.length() > 2000) {
            throw new InvalidDecision("the balancing is longer than 2,000 characters");
        }
        if (target == Target.NEWSLETTER && !upheld) {
            throw new InvalidDecision("an objection to direct marketing cannot be refused (GDPR 21(3))");
        }
        PrivacyCase kase = cases.byNumber(caseNumber);
        DataSubject subject = subjects.of(kase);
        int changed = 0;
        if (upheld && target == Target.NEWSLETTER) {
            // also the address the verified requester wrote from: a subscription under it is theirs to end (21(3))
            java.util.Set<String> addresses = new java.util.HashSet<>(subject.emails());
            // (not a guardian's: acting for a child, their own subscription is not in question)
            if (kase.getRequesterEmail() != null && !kase.isOnBehalfOfMinor()) {
                addresses.add(DataSubject.normaliseEmail(kase.getRequesterEmail()));
            }
            changed = newsletter.withdrawAll(addresses);
        } else if (upheld && ERASED.containsKey(target)) {
            changed = sources.erase(subject, new ErasurePlan(Map.of(ERASED.get(target), ErasureAction.ERASE)))
                    .stream().mapToInt(ErasureReport::total).sum();
            if (changed > 0) {
                notices.tell(kase, List.of(ERASED.get(target)));
            }
        }
        jdbc.update("delete from tietovahti.objection_decision where case_id = ?", kase.getId());
        jdbc.update("""
                insert into tietovahti.objection_decision (case_id, target, upheld, balancing, decided_by, decided_at,
                    records_changed) values (?, ?, ?, ?, ?, ?, ?)""", kase.getId(), target.name(), upheld,
                balancing.strip(), handler, Timestamp.from(clock.instant()), changed);
        // decided either way: what was done (or the reasons refused) is the answer, no longer to be withdrawn
        cases.markCarriedOut(caseNumber, clock.instant());
        log.info("Objection {} to {}: {}, {} records changed", caseNumber, target, upheld ? "upheld" : "refused",
                changed);
        return changed;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> decision(String caseNumber) {
        return jdbc.queryForMap("select target, upheld, balancing from tietovahti.objection_decision where case_id = ?",
                cases.byNumber(caseNumber).getId());
    }
}
