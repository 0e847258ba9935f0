package fi.tietovahti.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Legal time for data-subject requests, in Europe/Helsinki:
 * <ul>
 *   <li>the response deadline, one month from receipt (GDPR Art. 12(3)) counted as Regulation 1182/71 art. 3
 *       counts it: the day of receipt is not counted, the period ends on the same date number in the month after,
 *       or on that month's last day when there is no such date, and a period ending on a Saturday, Sunday or
 *       public holiday ends on the next working day;</li>
 *   <li>the extended deadline (two further months), allowed only while the first month runs;</li>
 *   <li>the landlord's own 30-day promise, a target of calendar days that is not moved off weekends (moving it
 *       later would weaken the promise);</li>
 *   <li>the at-risk date on which the DPO is alerted, and the 72-hour breach-notification limit (Art. 33), in hours.</li>
 * </ul>
 */
@Service
public class LegalDeadlines {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final DeadlineProperties properties;
    private final FinnishCalendar calendar;

    public LegalDeadlines(DeadlineProperties properties) {
        this.properties = properties;
        this.calendar = new FinnishCalendar(properties.midsummerEveWorking(), properties.christmasEveWorking());
    }

    /** The Helsinki date on which a request arriving at this instant was received. */
    public static LocalDate receiptDate(Instant receivedAt) {
        return receivedAt.atZone(HELSINKI).toLocalDate();
    }

    /** The legal response deadline for a request received on this date. */
    public Deadline responseDeadline(LocalDate receivedOn) {
        return monthsFrom(receivedOn, properties.responseMonths(), 0);
    }

    /**
     * The response deadline when identity verification stops the clock: the paused days are added to the end of
     * the period, and the result moves to a working day. Without the configuration switch the pause is ignored.
     */
    public Deadline responseDeadline(LocalDate receivedOn, int pausedDays) {
        if (pausedDays < 0) {
            throw new IllegalArgumentException("paused days cannot be negative");
        }
        return monthsFrom(receivedOn, properties.responseMonths(), properties.identityPausesClock() ? pausedDays : 0);
    }

    /**
     * The days identity verification stopped the clock: whole Helsinki days from asking the requester to identify
     * to the identification (asked on Monday, signed on Thursday: 3). Zero when the switch is off, or when asked
     * and verified on the same day.
     */
    public int identityPauseDays(Instant askedAt, Instant verifiedAt) {
        if (!properties.identityPausesClock() || askedAt == null || verifiedAt == null || verifiedAt.isBefore(askedAt)) {
            return 0;
        }
        return (int) java.time.temporal.ChronoUnit.DAYS.between(receiptDate(askedAt), receiptDate(verifiedAt));
    }

    /** The deadline extended by {@code months} further months (1 or 2), counted from receipt like the first. */
    public Deadline extendedDeadline(LocalDate receivedOn, int months) {
        if (months < 1 || months > properties.maxExtensionMonths()) {
            throw new IllegalArgumentException("an extension is 1 to " + properties.maxExtensionMonths()
                    + " further months, not " + months);
        }
        return monthsFrom(receivedOn, properties.responseMonths() + months, 0);
    }

    /** An extension must be told to the requester within the first month: on or before the response deadline. */
    public boolean extensionStillAllowed(LocalDate receivedOn, LocalDate today) {
        return !today.isAfter(responseDeadline(receivedOn).date());
    }

    /** The landlord's own promise: within 30 calendar days of receipt. */
    public LocalDate internalTarget(LocalDate receivedOn) {
        return receivedOn.plusDays(properties.internalTargetDays());
    }

    /** When the DPO is alerted that a deadline is near. */
    public LocalDate atRiskDate(LocalDate deadline) {
        return deadline.minus(properties.atRiskBefore());
    }

    /** The last moment to notify the Data Protection Ombudsman of a breach: 72 hours, whatever the weekday. */
    public Instant breachNotificationDue(Instant awareAt) {
        return awareAt.plus(properties.breachNotification());
    }

    /** The end of a deadline day in Helsinki, for engine due dates and timers. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(HELSINKI).toInstant().minusSeconds(1);
    }

    public FinnishCalendar calendar() {
        return calendar;
    }

    private Deadline monthsFrom(LocalDate receivedOn, int months, int pausedDays) {
        List<String> reasoning = new ArrayList<>();
        // LocalDate.plusMonths keeps the day of month, or takes the month's last day where it does not exist
        LocalDate end = receivedOn.plusMonths(months);
        reasoning.add(receivedOn + " + " + months + (months == 1 ? " month" : " months") + " = " + end
                + (end.getDayOfMonth() != receivedOn.getDayOfMonth() ? " (the last day of that month)" : ""));
        if (pausedDays > 0) {
            end = end.plusDays(pausedDays);
            reasoning.add("+ " + pausedDays + " days paused for identity verification = " + end);
        }
        LocalDate day = end;
        while (!calendar.isWorkingDay(day)) {
            reasoning.add(day + " is " + whyNotWorking(day));
            day = day.plusDays(1);
        }
        reasoning.add("deadline " + day);
        return new Deadline(day, reasoning);
    }

    private static String whyNotWorking(LocalDate day) {
        return FinnishCalendar.holidayOn(day)
                .map(h -> h.isEve() ? h.finnishName() + " (a de facto day off)" : h.finnishName() + " (a public holiday)")
                .orElseGet(() -> "a " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
}
