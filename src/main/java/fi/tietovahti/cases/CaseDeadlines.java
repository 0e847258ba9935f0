package fi.tietovahti.cases;

import fi.tietovahti.deadline.DeadlineProperties;
import fi.tietovahti.deadline.LegalDeadlines;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of a case over its life: set at opening, moved by the identity-verification pause (when the
 * configuration allows it), extended by the DPO within the first month, and judged at closing. Every rights
 * process shares this; the process carries copies as variables for due dates and timers.
 */
@Service
public class CaseDeadlines {

    /** The process variables that carry a case's deadlines (engine Dates, the end of the Helsinki day). */
    public static final String LEGAL_DEADLINE = "legalDeadline";
    public static final String INTERNAL_TARGET = "internalTarget";
    public static final String AT_RISK_AT = "atRiskAt";

    /** The hour of the at-risk day at which the DPO's task appears: the start of a working day. */
    private static final int AT_RISK_HOUR = 8;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy");

    /** An extension asked for too late, twice, or out of bounds: the DPO is told why and nothing changes. */
    public static class ExtensionRefused extends RuntimeException implements fi.tietovahti.platform.Refusal {
        ExtensionRefused(String message) {
            super(message);
        }
    }

    private final PrivacyCaseRepository cases;
    private final LegalDeadlines deadlines;
    private final DeadlineProperties properties;
    private final Clock clock;

    CaseDeadlines(PrivacyCaseRepository cases, LegalDeadlines deadlines, DeadlineProperties properties, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    /** The case's deadlines as process variables. */
    public Map<String, Object> variables(PrivacyCase kase) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(LEGAL_DEADLINE, Date.from(LegalDeadlines.endOf(kase.legalDeadline)));
        variables.put(INTERNAL_TARGET, Date.from(LegalDeadlines.endOf(kase.internalTarget)));
        variables.put(AT_RISK_AT, Date.from(deadlines.atRiskDate(kase.legalDeadline).atTime(AT_RISK_HOUR, 0)
                .atZone(LegalDeadlines.HELSINKI).toInstant()));
        // as forms show them (a Date variable reaches a form as an ISO instant in UTC)
        variables.put(LEGAL_DEADLINE + "Text", DAY.format(kase.legalDeadline));
        variables.put(INTERNAL_TARGET + "Text", DAY.format(kase.internalTarget));
        variables.put("identityPausedDays", kase.identityPausedDays);
        return variables;
    }

    /**
     * With the pause switch on, the days from asking the requester to identify to the identification are added to
     * the legal deadline and recorded on the case. With it off (the default) nothing changes.
     */
    @Transactional
    public PrivacyCase applyIdentityPause(String caseNumber, Instant requestedAt, Instant verifiedAt) {
        PrivacyCase kase = byNumber(caseNumber);
        int paused = deadlines.identityPauseDays(requestedAt, verifiedAt);
        if (paused > 0) {
            kase.identityPausedDays = paused;
            LocalDate moved = kase.extensionMonths == null
                    ? deadlines.responseDeadline(receivedOn(kase), paused).date()
                    : deadlines.calendar().nextWorkingDay(deadlines.extendedDeadline(receivedOn(kase),
                            kase.extensionMonths).date().plusDays(paused));
            // an extension granted while identity was being verified is kept; the deadline never moves earlier
            kase.legalDeadline = moved.isAfter(kase.legalDeadline) ? moved : kase.legalDeadline;
        }
        return kase;
    }

    /**
     * Art. 12(3): the DPO extends by one or two further months on one of the two grounds the article allows, with
     * reasons for the case record, and the requester must be told within the first month. Refused after the
     * original deadline, a second time, without a ground or without reasons.
     */
    @Transactional
    public PrivacyCase extend(String caseNumber, int months, PrivacyCase.ExtensionGround ground, String reason,
                              String by) {
        PrivacyCase kase = byNumber(caseNumber);
        LocalDate today = LocalDate.now(clock.withZone(LegalDeadlines.HELSINKI));
        if (kase.extensionMonths != null) {
            throw new ExtensionRefused("The deadline was already extended on "
                    + kase.extendedAt.atZone(LegalDeadlines.HELSINKI).toLocalDate() + "; it can be extended only once.");
        }
        if (today.isAfter(kase.legalDeadline)) {
            throw new ExtensionRefused("The first month ended on " + kase.legalDeadline
                    + ": the requester had to be told of an extension by then (GDPR Art. 12(3)).");
        }
        if (months < 1 || months > properties.maxExtensionMonths()) {
            throw new ExtensionRefused("An extension is 1 to " + properties.maxExtensionMonths()
                    + " further months, not " + months + ".");
        }
        if (ground == null) {
            throw new ExtensionRefused("An extension needs its ground: the complexity or the number of requests"
                    + " (GDPR Art. 12(3)); the letter tells the requester which.");
        }
        if (reason == null || reason.isBlank()) {
            throw new ExtensionRefused("An extension needs reasons for the case record.");
        }
        kase.extensionMonths = months;
        kase.extensionGround = ground;
        kase.extensionReason = reason.strip();
        kase.extendedBy = by;
        kase.extendedAt = clock.instant();
        LocalDate extended = deadlines.extendedDeadline(receivedOn(kase), months).date();
        if (kase.identityPausedDays > 0) {
            extended = deadlines.calendar().nextWorkingDay(extended.plusDays(kase.identityPausedDays));
        }
        kase.legalDeadline = extended.isAfter(kase.legalDeadline) ? extended : kase.legalDeadline;
        return kase;
    }

    /** Closes the case: the outcome, when the answer left, and whether it kept both deadlines. */
    @Transactional
    public PrivacyCase close(String caseNumber, PrivacyCase.Outcome outcome, Instant answeredAt) {
        PrivacyCase kase = byNumber(caseNumber);
        kase.outcome = outcome;
        kase.closedAt = clock.instant();
        if (answeredAt != null) {
            LocalDate answeredOn = LegalDeadlines.receiptDate(answeredAt);
            kase.onTimeLegal = !answeredOn.isAfter(kase.legalDeadline);
            kase.onTimeTarget = !answeredOn.isAfter(kase.internalTarget);
        }
        return kase;
    }

    private PrivacyCase byNumber(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new UnknownCaseException(caseNumber));
    }

    private static LocalDate receivedOn(PrivacyCase kase) {
        return LegalDeadlines.receiptDate(kase.receivedAt);
    }
}
