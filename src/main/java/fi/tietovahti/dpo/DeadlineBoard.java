package fi.tietovahti.dpo;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.deadline.LegalDeadlines;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The DPO's view of the open cases by the days left to their legal deadline (Helsinki calendar days): overdue,
 * within 7 days, within 14 days, later; the landlord's 30-day target beside each; extensions and identity pauses
 * counted. No personal data: case numbers, types and dates only.
 */
@Service
public class DeadlineBoard {

    /** The buckets, nearest first; a case is in the first whose bound its days left do not exceed. */
    public enum Bucket {
        OVERDUE(-1), WITHIN_7_DAYS(7), WITHIN_14_DAYS(14), LATER(Long.MAX_VALUE);

        private final long maxDaysLeft;

        Bucket(long maxDaysLeft) {
            this.maxDaysLeft = maxDaysLeft;
        }

        static Bucket of(long daysLeft) {
            for (Bucket b : values()) {
                if (daysLeft <= b.maxDaysLeft) {
                    return b;
                }
            }
            return LATER;
        }
    }

    /** An open case on the board: days left to the legal deadline and to the 30-day target (negative: past). */
    public record BoardCase(String caseNumber, String caseType, Instant receivedAt, LocalDate legalDeadline,
                            long daysLeft, LocalDate internalTarget, long daysToTarget, Integer extensionMonths,
                            int identityPausedDays) {
    }

    /** One bucket: how many cases it holds and the first of them, nearest deadline first. */
    public record Column(Bucket bucket, int count, List<BoardCase> cases) {
    }

    public record Board(LocalDate today, int open, List<Column> columns, int extended, int paused, int pastTarget) {
    }

    private final CaseRegistry cases;
    private final Clock clock;

    DeadlineBoard(CaseRegistry cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** The board with at most {@code perColumn} cases listed in each bucket (all are counted). */
    public Board board(int perColumn) {
        LocalDate today = LocalDate.now(clock.withZone(LegalDeadlines.HELSINKI));
        Map<Bucket, List<BoardCase>> listed = new LinkedHashMap<>();
        Map<Bucket, Integer> counts = new LinkedHashMap<>();
        for (Bucket b : Bucket.values()) {
            listed.put(b, new ArrayList<>());
            counts.put(b, 0);
        }
        int open = 0;
        int extended = 0;
        int paused = 0;
        int pastTarget = 0;
        for (CaseRegistry.OpenCase c : cases.openCasesByDeadline()) {
            open++;
            // a case opened before deadlines were kept has none: it is listed as due today, not hidden
            LocalDate deadline = c.legalDeadline() != null ? c.legalDeadline() : today;
            long daysLeft = ChronoUnit.DAYS.between(today, deadline);
            long daysToTarget = c.internalTarget() == null ? daysLeft : ChronoUnit.DAYS.between(today, c.internalTarget());
            Bucket bucket = Bucket.of(daysLeft);
            counts.merge(bucket, 1, Integer::sum);
            if (listed.get(bucket).size() < perColumn) {
                listed.get(bucket).add(new BoardCase(c.caseNumber(), c.caseType().name(), c.receivedAt(),
                        c.legalDeadline(), daysLeft, c.internalTarget(), daysToTarget, c.extensionMonths(),
                        c.identityPausedDays()));
            }
            extended += c.extensionMonths() != null ? 1 : 0;
            paused += c.identityPausedDays() > 0 ? 1 : 0;
            pastTarget += daysToTarget < 0 ? 1 : 0;
        }
        List<Column> columns = new ArrayList<>();
        for (Bucket b : Bucket.values()) {
            columns.add(new Column(b, counts.get(b), listed.get(b)));
        }
        return new Board(today, open, columns, extended, paused, pastTarget);
    }
}
