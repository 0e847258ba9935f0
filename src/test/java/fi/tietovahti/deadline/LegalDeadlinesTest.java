package fi.tietovahti.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples: DESIGN.md's, then month ends, leap years, Easter, Midsummer, Christmas and the rest. */
class LegalDeadlinesTest {

    private static DeadlineProperties properties(boolean evesWorking, boolean pause) {
        return new DeadlineProperties(evesWorking, evesWorking, 1, 2, 30, Period.ofDays(7), pause, Duration.ofHours(72));
    }

    private final LegalDeadlines deadlines = new LegalDeadlines(properties(false, false));

    @ParameterizedTest(name = "received {0} -> deadline {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            // DESIGN.md
            "2025-03-05 | 2025-04-07 | 04-05 is a Saturday",
            "2025-01-31 | 2025-02-28 | no 31 February",
            "2025-03-18 | 2025-04-22 | Good Friday 04-18, Easter 04-20, Easter Monday 04-21",
            "2028-01-31 | 2028-02-29 | leap year",
            // month ends and leap years
            "2024-01-31 | 2024-02-29 | leap year",
            "2023-01-31 | 2023-02-28 | common year",
            "2000-01-31 | 2000-02-29 | a century divisible by 400 is a leap year",
            "2100-01-31 | 2100-03-01 | 2100 is not a leap year; 02-28 is a Sunday",
            "2025-03-31 | 2025-04-30 | April has 30 days",
            "2025-05-31 | 2025-06-30 | June has 30 days",
            "2025-08-31 | 2025-09-30 | September has 30 days",
            "2025-11-30 | 2025-12-30 | plain weekday",
            // Easter
            "2024-02-29 | 2024-04-02 | Good Friday 03-29 .. Easter Monday 04-01",
            "2026-03-03 | 2026-04-07 | Good Friday 04-03 .. Easter Monday 04-06",
            "2028-03-14 | 2028-04-18 | Good Friday 04-14 .. Easter Monday 04-17",
            "2030-03-19 | 2030-04-23 | Good Friday 04-19 .. Easter Monday 04-22",
            "2025-04-29 | 2025-05-30 | Ascension Day 05-29",
            // Midsummer: the Eve is a de facto day off
            "2025-05-20 | 2025-06-23 | Midsummer Eve 06-20, Midsummer Day 06-21",
            "2028-05-23 | 2028-06-26 | Midsummer Eve 06-23, Midsummer Day 06-24",
            // Christmas and the turn of the year
            "2025-11-24 | 2025-12-29 | Christmas Eve, Christmas Day, Boxing Day, weekend",
            "2025-12-01 | 2026-01-02 | New Year's Day",
            "2025-12-06 | 2026-01-07 | Epiphany",
            "2025-12-25 | 2026-01-26 | received on Christmas Day; 01-25 is a Sunday",
            // other holidays
            "2025-04-01 | 2025-05-02 | May Day",
            "2025-10-01 | 2025-11-03 | All Saints' Day (Saturday 11-01)",
            "2027-11-06 | 2027-12-07 | Independence Day on a Monday",
            "2022-11-06 | 2022-12-07 | Independence Day on a Tuesday",
            "2026-11-06 | 2026-12-07 | Independence Day on a Sunday",
    })
    void responseDeadline(LocalDate receivedOn, LocalDate expected, String why) {
        assertThat(deadlines.responseDeadline(receivedOn).date()).as(why).isEqualTo(expected);
    }

    @Test
    void turnOfTheYearLandingOnASaturday() {
        // 2025-12-31 + 1 month = 2026-01-31, a Saturday -> Monday 2026-02-02
        assertThat(deadlines.responseDeadline(LocalDate.of(2025, 12, 31)).date()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void theEvesAreWorkingDaysWhenConfiguredSo() {
        LegalDeadlines eves = new LegalDeadlines(properties(true, false));
        assertThat(eves.responseDeadline(LocalDate.of(2025, 11, 24)).date()).isEqualTo(LocalDate.of(2025, 12, 24));
        assertThat(eves.responseDeadline(LocalDate.of(2025, 5, 20)).date()).isEqualTo(LocalDate.of(2025, 6, 20));
    }

    @Test
    void theReasoningCanBeFollowed() {
        Deadline deadline = deadlines.responseDeadline(LocalDate.of(2025, 3, 18));
        assertThat(deadline.reasoning()).containsExactly(
                "2025-03-18 + 1 month = 2025-04-18",
                "2025-04-18 is pitkäperjantai (a public holiday)",
                "2025-04-19 is a Saturday",
                "2025-04-20 is pääsiäispäivä (a public holiday)",
                "2025-04-21 is 2. pääsiäispäivä (a public holiday)",
                "deadline 2025-04-22");
        assertThat(deadlines.responseDeadline(LocalDate.of(2025, 1, 31)).explanation())
                .startsWith("2025-01-31 + 1 month = 2025-02-28 (the last day of that month)");
    }

    @Test
    void theReceiptDateIsTheHelsinkiDate() {
        // 22:30 UTC on 4 March is 00:30 on 5 March in Helsinki
        Instant receivedAt = Instant.parse("2025-03-04T22:30:00Z");
        assertThat(LegalDeadlines.receiptDate(receivedAt)).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(deadlines.responseDeadline(LegalDeadlines.receiptDate(receivedAt)).date())
                .isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void anExtensionAddsUpToTwoFurtherMonthsFromReceipt() {
        assertThat(deadlines.extendedDeadline(LocalDate.of(2025, 3, 5), 2).date()).isEqualTo(LocalDate.of(2025, 6, 5));
        assertThat(deadlines.extendedDeadline(LocalDate.of(2025, 1, 31), 2).date()).isEqualTo(LocalDate.of(2025, 4, 30));
        // 2025-03-18 + 2 months = 2025-05-18, a Sunday
        assertThat(deadlines.extendedDeadline(LocalDate.of(2025, 3, 18), 1).date()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThatThrownBy(() -> deadlines.extendedDeadline(LocalDate.of(2025, 3, 5), 3))
                .hasMessageContaining("1 to 2 further months");
    }

    @Test
    void anExtensionMustBeToldWithinTheFirstMonth() {
        LocalDate received = LocalDate.of(2025, 3, 5); // deadline 2025-04-07
        assertThat(deadlines.extensionStillAllowed(received, LocalDate.of(2025, 4, 7))).isTrue();
        assertThat(deadlines.extensionStillAllowed(received, LocalDate.of(2025, 4, 8))).isFalse();
    }

    @Test
    void theInternalTargetIsThirtyCalendarDays() {
        assertThat(deadlines.internalTarget(LocalDate.of(2025, 3, 5))).isEqualTo(LocalDate.of(2025, 4, 4));
        // not moved off a weekend: the promise is kept by delivering before it
        assertThat(deadlines.internalTarget(LocalDate.of(2025, 3, 8))).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(deadlines.internalTarget(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void theDpoIsAlertedSevenDaysBefore() {
        assertThat(deadlines.atRiskDate(LocalDate.of(2025, 4, 7))).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void identityVerificationPausesTheClockOnlyWhenSwitchedOn() {
        LocalDate received = LocalDate.of(2025, 3, 5);
        assertThat(deadlines.responseDeadline(received, 5).date()).isEqualTo(LocalDate.of(2025, 4, 7));
        LegalDeadlines pausing = new LegalDeadlines(properties(false, true));
        // 2025-04-05 + 5 days = 2025-04-10, a Thursday
        assertThat(pausing.responseDeadline(received, 5).date()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(pausing.responseDeadline(received, 5).explanation()).contains("5 days paused for identity verification");
        // 2025-04-05 + 13 days = 2025-04-18, Good Friday -> Tuesday 2025-04-22
        assertThat(pausing.responseDeadline(received, 13).date()).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void thePausedDaysAreTheHelsinkiDaysFromAskingToIdentifyingAndNoneWithTheSwitchOff() {
        LegalDeadlines pausing = new LegalDeadlines(properties(false, true));
        // asked Monday 3 March 2025 23:30 Helsinki (21:30 UTC), signed Thursday 6 March 00:10 Helsinki
        Instant asked = ZonedDateTime.of(2025, 3, 3, 23, 30, 0, 0, LegalDeadlines.HELSINKI).toInstant();
        Instant signed = ZonedDateTime.of(2025, 3, 6, 0, 10, 0, 0, LegalDeadlines.HELSINKI).toInstant();
        assertThat(pausing.identityPauseDays(asked, signed)).isEqualTo(3);
        assertThat(pausing.identityPauseDays(asked, asked.plusSeconds(600))).isZero();
        assertThat(pausing.identityPauseDays(asked, null)).isZero();
        assertThat(deadlines.identityPauseDays(asked, signed)).isZero();
        // received 2025-03-03, paused 3 days: 2025-04-03 + 3 = Sunday 2025-04-06 -> Monday 2025-04-07
        assertThat(pausing.responseDeadline(LocalDate.of(2025, 3, 3), pausing.identityPauseDays(asked, signed)).date())
                .isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void aBreachIsNotifiedWithin72HoursEvenAcrossTheSpringClockChange() {
        // Friday 28 March 2025 15:00 in Helsinki; summer time starts on Sunday 30 March
        Instant aware = ZonedDateTime.of(2025, 3, 28, 15, 0, 0, 0, LegalDeadlines.HELSINKI).toInstant();
        Instant due = deadlines.breachNotificationDue(aware);
        assertThat(Duration.between(aware, due)).isEqualTo(Duration.ofHours(72));
        assertThat(due.atZone(LegalDeadlines.HELSINKI).toLocalDateTime().toString()).isEqualTo("2025-03-31T16:00");
    }

    @Test
    void aDeadlineEndsAtTheEndOfTheHelsinkiDay() {
        assertThat(LegalDeadlines.endOf(LocalDate.of(2025, 4, 7))).isEqualTo(Instant.parse("2025-04-07T20:59:59Z"));
        assertThat(LegalDeadlines.endOf(LocalDate.of(2025, 1, 7))).isEqualTo(Instant.parse("2025-01-07T21:59:59Z"));
    }

    @Test
    void holidaysOfAYear() {
        assertThat(FinnishCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FinnishCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25)); // latest possible
        assertThat(FinnishCalendar.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22)); // earliest possible
        assertThat(FinnishCalendar.holidayOn(LocalDate.of(2025, 6, 8))).contains(FinnishCalendar.Holiday.WHITSUN);
        assertThat(FinnishCalendar.holidayOn(LocalDate.of(2026, 10, 31))).contains(FinnishCalendar.Holiday.ALL_SAINTS_DAY);
        assertThat(FinnishCalendar.holidayOn(LocalDate.of(2026, 11, 7))).isEmpty();
        assertThat(FinnishCalendar.holidayOn(LocalDate.of(2026, 6, 19))).contains(FinnishCalendar.Holiday.MIDSUMMER_EVE);
        assertThat(deadlines.calendar().isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
    }
}
