package fi.tietovahti.collection;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.collection.DebtCollectionLaw.Decision;
import fi.tietovahti.collection.DebtCollectionLaw.Kind;
import fi.tietovahti.collection.DebtCollectionLaw.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Debt Collection Act's timing and caps and late interest, on the legal file's worked examples
 * (../shared/legal/tenancy-and-collection.md §1.6) and boundaries of our own, with the numbers as application.yml
 * configures them (bound here the way Spring binds them at start-up).
 */
class DebtCollectionLawTest {

    private static final DebtCollectionLaw LAW = new DebtCollectionLaw(
            fi.tietovahti.testsupport.ApplicationYaml.bind("tietovahti.collection.law", DebtCollectionProperties.class));


    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void example1TwoRemindersOfTheLandlordAndTheirInterest() {
        // rent €850 due 2.1.2025: first fee-bearing reminder 17.1 by default (16.1 the likely legal minimum)
        assertThat(LAW.earliestChargeableReminder(day("2025-01-02"))).isEqualTo(day("2025-01-17"));
        Decision first = LAW.reminder(eur("850"), day("2025-01-02"), day("2025-01-17"), List.of());
        assertThat(first.fee()).isEqualByComparingTo("5.00");
        List<Step> one = List.of(new Step(Kind.REMINDER, day("2025-01-17"), first.fee()));
        assertThat(LAW.reminder(eur("850"), day("2025-01-02"), day("2025-01-30"), one).fee()).isZero();
        assertThat(LAW.reminder(eur("850"), day("2025-01-02"), day("2025-01-31"), one).fee())
                .isEqualByComparingTo("5.00");
        // interest to 31.1 (29 days at 10.5 %)
        assertThat(LAW.lateInterest(eur("850"), day("2025-01-02"), day("2025-01-31"))).isEqualByComparingTo("7.09");
    }

    @Test
    void example2TheAgencysTwoDemandsWithinTheirCapsAndTheTotal() {
        List<Step> reminders = List.of(new Step(Kind.REMINDER, day("2025-01-17"), eur("5")),
                new Step(Kind.REMINDER, day("2025-01-31"), eur("5")));
        assertThat(LAW.demand(eur("850"), day("2025-02-13"), reminders).allowed()).isFalse();
        Decision first = LAW.demand(eur("850"), day("2025-02-14"), reminders);
        assertThat(first.allowed()).isTrue();
        assertThat(first.fee()).isEqualByComparingTo("24.00");
        List<Step> withDemand = new java.util.ArrayList<>(reminders);
        withDemand.add(new Step(Kind.DEMAND, day("2025-02-14"), first.fee()));
        Decision second = LAW.demand(eur("850"), day("2025-02-28"), withDemand);
        assertThat(second.fee()).isEqualByComparingTo("12.00");
        withDemand.add(new Step(Kind.DEMAND, day("2025-02-28"), second.fee()));
        // the third demand may go, without a fee (§10 c)
        Decision third = LAW.demand(eur("850"), day("2025-03-14"), withDemand);
        assertThat(third.allowed()).isTrue();
        assertThat(third.fee()).isZero();
        assertThat(withDemand.stream().map(Step::fee).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("46.00").isLessThan(LAW.totalCap(eur("850"), day("2025-02-28")));
    }

    @Test
    void example3ASmallResidualWithAPaymentPlan() {
        assertThat(LAW.earliestChargeableReminder(day("2025-03-01"))).isEqualTo(day("2025-03-16"));
        List<Step> steps = new java.util.ArrayList<>(List.of(new Step(Kind.REMINDER, day("2025-03-16"), eur("5"))));
        Decision demand = LAW.demand(eur("80"), day("2025-03-30"), steps);
        assertThat(demand.fee()).isEqualByComparingTo("14.00");
        steps.add(new Step(Kind.DEMAND, day("2025-03-30"), demand.fee()));
        Decision plan = LAW.paymentPlan(eur("80"), 6, day("2025-04-05"), steps);
        assertThat(plan.fee()).isEqualByComparingTo("20.00");
        steps.add(new Step(Kind.PAYMENT_PLAN, day("2025-04-05"), plan.fee()));
        // one fee-bearing plan only, the principal being at most €100
        assertThat(LAW.paymentPlan(eur("80"), 3, day("2025-05-05"), steps).fee()).isZero();
        assertThat(steps.stream().map(Step::fee).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("39.00");
    }

    @Test
    void example4TooEarlyMeansNoFeeAndADemandTooSoonIsRefused() {
        Decision early = LAW.reminder(eur("1200"), day("2025-06-01"), day("2025-06-10"), List.of());
        assertThat(early.allowed()).isTrue();
        assertThat(early.fee()).isZero();
        assertThat(early.reason()).contains("2025-06-16");
        Decision inTime = LAW.reminder(eur("1200"), day("2025-06-01"), day("2025-06-16"), List.of());
        assertThat(inTime.fee()).isEqualByComparingTo("5.00");
        Decision demand = LAW.demand(eur("1200"), day("2025-06-20"),
                List.of(new Step(Kind.REMINDER, day("2025-06-16"), inTime.fee())));
        assertThat(demand.allowed()).isFalse();
        assertThat(demand.reason()).contains("DCA §5(1)");
        // interest from 2.6: 29 days at 10.5 %, then the second half-year at 9.5 %
        assertThat(LAW.lateInterest(eur("1200"), day("2025-06-01"), day("2025-06-30"))).isEqualByComparingTo("10.01");
        assertThat(LAW.lateInterest(eur("1200"), day("2025-06-01"), day("2025-07-31")))
                .isEqualByComparingTo(eur("10.01").add(eur("1200").multiply(eur("0.095")).multiply(eur("31"))
                        .divide(eur("365"), 2, java.math.RoundingMode.HALF_UP)));
    }

    @ParameterizedTest(name = "due {0}, sent {1}: fee {2}")
    @CsvSource({
            // the boundary days after the due date, with the default safety day (DCA §10 b(1))
            "2025-06-01, 2025-06-14, 0.00", "2025-06-01, 2025-06-15, 0.00", "2025-06-01, 2025-06-16, 5.00",
            // a due date on a Saturday: no weekend roll for an earliest sending day
            "2025-03-01, 2025-03-15, 0.00", "2025-03-01, 2025-03-16, 5.00",
            // over the turn of a year
            "2024-12-20, 2025-01-03, 0.00", "2024-12-20, 2025-01-04, 5.00"})
    void aReminderCarriesItsFeeFromItsDay(String due, String sent, String fee) {
        assertThat(LAW.reminder(eur("500"), day(due), day(sent), List.of()).fee()).isEqualByComparingTo(fee);
    }

    @Test
    void gapsBetweenLettersAreFourteenDays() {
        List<Step> reminder = List.of(new Step(Kind.REMINDER, day("2025-06-16"), eur("5")));
        assertThat(LAW.demand(eur("1200"), day("2025-06-29"), reminder).allowed()).as("gap 13").isFalse();
        assertThat(LAW.demand(eur("1200"), day("2025-06-30"), reminder).allowed()).as("gap 14").isTrue();
        assertThat(LAW.demand(eur("1200"), day("2025-06-30"), reminder).fee()).isEqualByComparingTo("50.00");
        assertThat(LAW.reminder(eur("1200"), day("2025-06-01"), day("2025-06-29"), reminder).fee()).isZero();
        assertThat(LAW.demand(eur("1200"), day("2025-06-30"), List.of()).allowed()).as("no reminder yet").isFalse();
        assertThat(LAW.reminder(eur("1200"), day("2025-06-01"), day("2025-06-01"), List.of()).allowed())
                .as("on the due date").isFalse();
    }

    @Test
    void feesStopAtTheTotalCostCap() {
        // €90 claim: cap €60; €5 + €5 + €14 + €7 + €20 = €51 so far, a €20 plan would exceed it
        List<Step> steps = List.of(new Step(Kind.REMINDER, day("2025-01-17"), eur("5")),
                new Step(Kind.REMINDER, day("2025-01-31"), eur("5")),
                new Step(Kind.DEMAND, day("2025-02-14"), eur("14")),
                new Step(Kind.DEMAND, day("2025-02-28"), eur("7")),
                new Step(Kind.REMINDER, day("2025-03-14"), eur("20")));
        Decision plan = LAW.paymentPlan(eur("90"), 3, day("2025-03-20"), steps);
        assertThat(plan.fee()).isEqualByComparingTo("9.00");
        assertThat(plan.reason()).contains("total cost cap");
        assertThat(LAW.totalCap(eur("100.00"), day("2025-01-01"))).isEqualByComparingTo("60.00");
        assertThat(LAW.totalCap(eur("100.01"), day("2025-01-01"))).isEqualByComparingTo("120.00");
        assertThat(LAW.totalCap(eur("1000.01"), day("2025-01-01"))).isEqualByComparingTo("210.00");
    }

    @Test
    void theLawOfTheStepsOwnDayAndTheReferenceRateOfItsHalfYear() {
        assertThat(LAW.referenceRate(day("2024-12-31"))).isEqualByComparingTo("4.5");
        assertThat(LAW.referenceRate(day("2025-01-01"))).isEqualByComparingTo("3.5");
        // a claim spanning the turn of the year: each half-year at its own rate (11.5 % then 10.5 %)
        BigDecimal expected = eur("1000").multiply(eur("0.115")).multiply(eur("10")).divide(eur("365"), 10,
                java.math.RoundingMode.HALF_UP).add(eur("1000").multiply(eur("0.105")).multiply(eur("10"))
                .divide(eur("365"), 10, java.math.RoundingMode.HALF_UP)).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(LAW.lateInterest(eur("1000"), day("2024-12-21"), day("2025-01-10"))).isEqualByComparingTo(expected);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LAW.reminder(eur("10"), day("2013-01-01"),
                day("2013-01-20"), List.of())).hasMessageContaining("no collection rules");
    }

    @Test
    void aPaymentGoesToInterestThenPrincipalAndTheCostsLast() {
        // €900 on a claim of €850 with €7.09 interest and €46 costs: interest, principal, then €42.91 of the costs
        DebtCollectionLaw.Applied applied = LAW.apply(eur("900"), eur("7.09"), eur("850"), eur("46"));
        assertThat(applied.toInterest()).isEqualByComparingTo("7.09");
        assertThat(applied.toPrincipal()).isEqualByComparingTo("850");
        assertThat(applied.toCosts()).isEqualByComparingTo("42.91");
        assertThat(applied.leftOver()).isZero();
        // a partial payment never reaches the costs
        DebtCollectionLaw.Applied partial = LAW.apply(eur("300"), eur("7.09"), eur("850"), eur("46"));
        assertThat(partial.toPrincipal()).isEqualByComparingTo("292.91");
        assertThat(partial.toCosts()).isZero();
        // an overpayment is left over for a handler
        assertThat(LAW.apply(eur("1000"), eur("7.09"), eur("850"), eur("46")).leftOver()).isEqualByComparingTo("96.91");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LAW.apply(eur("-5"), eur("0"), eur("850"), eur("0")))
                .hasMessageContaining("positive");
    }
}
