package fi.tietovahti.erasure;

import fi.tietovahti.recipients.RecipientNotices;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import fi.tietovahti.registers.ErasureAction;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention sweep of erasure requests: a category an executed erasure kept (a legal hold) is erased when its
 * hold ends. Holds without a date (the tenancy still runs, a claim is open) and holds whose date has come are
 * decided again by the same decision table on the day's facts: what it now lets go is erased, what it still keeps
 * gets its new date. A category kept on review is released on the handler's date, unless the law still keeps it.
 * The engine runs it (process {@code erasure-hold-sweep}, ADR 15): a timer finds the due cases, and each case is
 * released in a job and a transaction of its own, so that one node sweeps, a case that fails is retried and then
 * stands as an incident in Cockpit, and no case stops another. Releasing a case twice (a retry, a second sweep)
 * sends nothing twice: its open holds are locked and read again first.
 * The requester gets a letter if they asked for one; the recipients are told (Art. 19).
 */
@Service
public class ErasureHolds {

    /** The engine's process that runs the sweep. */
    public static final String SWEEP_PROCESS = fi.tietovahti.processes.ErasureHoldSweepProcess.KEY;

    private static final Logger log = LoggerFactory.getLogger(ErasureHolds.class);

    /** What one sweep did. */
    public record Swept(int cases, int released, int records, int failed) {
    }

    private final ErasureRequests requests;
    private final ErasurePlanner planner;
    private final RecipientNotices notices;
    private final CaseRegistry cases;
    private final LetterTexts letters;
    private final OutboundMail mail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ErasureHolds(ErasureRequests requests, ErasurePlanner planner, RecipientNotices notices, CaseRegistry cases,
                 LetterTexts letters, OutboundMail mail, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                 Clock clock) {
        this.requests = requests;
        this.planner = planner;
        this.notices = notices;
        this.cases = cases;
        this.letters = letters;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Cases with a hold that has ended by today, or that has no date and must be decided again. */
    public List<Long> due() {
        return jdbc.queryForList("""
                select distinct case_id from tietovahti.erasure_decision
                where action = 'KEEP' and executed_at is not null and released_at is null
                  and (hold_ends_on is null or hold_ends_on <= ?)
                order by case_id""", Long.class, Date.valueOf(LocalDate.now(clock)));
    }

    /**
     * Releases the ended holds of one case, in a transaction of its own. Fails (for the engine to retry) when the
     * case cannot be swept; a case with nothing left to release is left as it is.
     */
    public Swept release(long caseId) {
        LocalDate today = LocalDate.now(clock);
        int[] result = transactions.execute(status -> sweep(caseId, today));
        return new Swept(1, result[0], result[1], 0);
    }

    /** Sweeps every due case now, outside the engine (tests, and an operator's one-off run). */
    public Swept sweep() {
        return sweep(due());
    }

    /** Sweeps these cases only (a test's own, on a day of its choosing). */
    Swept sweep(List<Long> due) {
        int released = 0;
        int records = 0;
        int failed = 0;
        for (long caseId : due) {
            try {
                Swept one = release(caseId);
                released += one.released();
                records += one.records();
            } catch (RuntimeException e) {
                failed++;
                // the class only: a database error can quote the row it failed on (a person, a notice's address)
                log.error("Erasure holds of case #{} could not be swept ({})", caseId, e.getClass().getName());
            }
        }
        return new Swept(due.size(), released, records, failed);
    }

    private int[] sweep(long caseId, LocalDate today) {
        // a second sweep of the same case (two nodes, a retried job) waits here and then finds what the first left
        List<String> open = jdbc.queryForList("""
                select category_id from tietovahti.erasure_decision
                where case_id = ? and action = 'KEEP' and executed_at is not null and released_at is null
                for update""", String.class, caseId);
        if (open.isEmpty()) {
            return new int[] {0, 0};
        }
        PrivacyCase kase = cases.byId(caseId);
        List<ErasureRequests.Decision> held = requests.decisions(kase.getCaseNumber()).stream()
                .filter(d -> d.action() == ErasureAction.KEEP && d.executedAt() != null && d.releasedAt() == null)
                .toList();
        ErasurePlanner.Plan fresh = planner.plan(requests.subject(kase));
        List<ErasurePlanner.Item> toRelease = new ArrayList<>();
        for (ErasureRequests.Decision d : held) {
            ErasurePlanner.Item now = fresh.item(d.category());
            boolean reviewHoldRuns = ErasureRequests.REVIEW_HOLD.equals(d.holdRule()) && d.holdEndsOn().isAfter(today);
            if (now.action() != ErasureAction.KEEP && !reviewHoldRuns) {
                toRelease.add(now);
            } else if (now.action() == ErasureAction.KEEP && !reviewHoldRuns) {
                // still held by law: its hold (and date, if known now) is the decision table's
                jdbc.update("""
                        update tietovahti.erasure_decision set ground = ?, hold_rule = ?, hold_ends_on = ?, hold_kind = ?
                        where case_id = ? and category_id = ?""", now.ground(), now.holdRule(),
                        now.holdEndsOn() == null ? null : Date.valueOf(now.holdEndsOn()), now.hold(), caseId,
                        d.category());
            }
        }
        if (toRelease.isEmpty()) {
            return new int[] {0, 0};
        }
        Map<String, Integer> touched = requests.run(kase, toRelease);
        Timestamp at = Timestamp.from(clock.instant());
        for (ErasurePlanner.Item item : toRelease) {
            jdbc.update("""
                    update tietovahti.erasure_decision set released_at = ?, released_records = ?
                    where case_id = ? and category_id = ? and released_at is null""", at, touched.getOrDefault(item.category(), 0), caseId,
                    item.category());
        }
        List<String> erased = toRelease.stream().map(ErasurePlanner.Item::category)
                .filter(c -> touched.getOrDefault(c, 0) > 0).toList();
        notices.tell(kase, erased, RecipientNotices.Kind.ERASURE, requests.subjectAsPlanned(kase));
        // a letter only when something of the person's was in fact erased now
        if (!erased.isEmpty() && cases.notifyWhenHoldEnds(caseId) && kase.getRequesterEmail() != null) {
            LetterTexts.Letter letter = letters.letter("erasure.holdReleased", kase.getLanguage(),
                    Map.of("caseNumber", kase.getCaseNumber()));
            mail.send(kase.getCaseNumber(), kase.getRequesterEmail(), letter.subject(), letter.body());
        }
        int records = touched.values().stream().mapToInt(Integer::intValue).sum();
        log.info("Erasure holds of case {} released: {} categories, {} records", kase.getCaseNumber(),
                toRelease.size(), records);
        return new int[] {toRelease.size(), records};
    }
}
