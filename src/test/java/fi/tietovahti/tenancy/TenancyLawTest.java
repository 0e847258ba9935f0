package fi.tietovahti.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.tenancy.TenancyLaw.Month;
import fi.tietovahti.tenancy.TenancyLaw.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tenancy and eviction dates on the legal file's worked examples (../shared/legal/tenancy-and-collection.md §§2-4)
 * and month ends, leap years and boundaries of our own, with application.yml's numbers.
 */
class TenancyLawTest {

    private static final TenancyLaw LAW = new TenancyLaw(
            fi.tietovahti.testsupport.ApplicationYaml.bind("tietovahti.tenancy.law", TenancyLawProperties.class));


    @ParameterizedTest(name = "{0} served {1}, tenancy since {2}: ends {3}")
    @CsvSource({
            // the legal file's example: a tenancy since 2019, notice on 12.3.2025
            "LANDLORD, 2025-03-12, 2019-08-01, 2025-09-30",
            "TENANT,   2025-03-12, 2019-08-01, 2025-04-30",
            // a tenancy of less than a year: three months
            "LANDLORD, 2025-03-12, 2024-06-01, 2025-06-30",
            // exactly a year before the notice counts as a year
            "LANDLORD, 2025-03-12, 2024-03-12, 2025-09-30",
            "LANDLORD, 2025-03-12, 2024-03-13, 2025-06-30",
            // served on the month's last day; a period ending in February of a leap year
            "TENANT,   2025-03-31, 2020-01-01, 2025-04-30",
            "LANDLORD, 2027-08-31, 2027-01-15, 2027-11-30",
            "LANDLORD, 2027-08-02, 2020-01-01, 2028-02-29",
            "TENANT,   2028-01-31, 2020-01-01, 2028-02-29"})
    void aNoticeOfTerminationEndsTheTenancy(Party party, LocalDate served, LocalDate since, LocalDate ends) {
        assertThat(LAW.terminationEnds(party, served, since)).isEqualTo(ends);
    }

    @Test
    void aNoticeBeforeTheTenancyIsRefused() {
        assertThatThrownBy(() -> LAW.terminationEnds(Party.LANDLORD, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 2, 1))).hasMessageContaining("before the tenancy");
    }

    @Test
    void theMovingDayIsOneToTwoWeeksAfterTheMovingNoticeAndTheEvictionWithinTwoMonths() {
        TenancyLaw.Window window = LAW.movingDay(LocalDate.of(2025, 12, 22));
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(window.latest()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(LAW.evictionBy(LocalDate.of(2025, 12, 31), false)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(LAW.evictionBy(LocalDate.of(2025, 12, 31), true)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void twoMonthsOfArrearsAskAHandlerAboutRescission() {
        assertThat(LAW.rescissionToConsider(new BigDecimal("1699.99"), new BigDecimal("850"))).isFalse();
        assertThat(LAW.rescissionToConsider(new BigDecimal("1700.00"), new BigDecimal("850"))).isTrue();
        assertThat(LAW.rescissionToConsider(new BigDecimal("100"), BigDecimal.ZERO)).isFalse();
    }

    private static Month month(String ym, String due, String paid) {
        return new Month(YearMonth.parse(ym), new BigDecimal(due), new BigDecimal(paid));
    }

    @Test
    void kelaMayPayTheLandlordAfterTwoConsecutiveMonthsUnpaidWhollyOrSince2023Partly() {
        // the legal file's example: April wholly unpaid, May €300 short: the landlord may ask from June
        assertThat(LAW.kelaMayPayLandlordFrom(List.of(month("2025-03", "850", "850"), month("2025-04", "850", "0"),
                month("2025-05", "850", "550")))).contains(YearMonth.of(2025, 6));
        // before 2023 a partly paid month did not count
        assertThat(LAW.kelaMayPayLandlordFrom(List.of(month("2022-04", "850", "0"), month("2022-05", "850", "550"))))
                .isEmpty();
        assertThat(LAW.kelaMayPayLandlordFrom(List.of(month("2022-04", "850", "0"), month("2022-05", "850", "0"))))
                .contains(YearMonth.of(2022, 6));
        // not consecutive: a paid month between, or a month missing from the ledger
        assertThat(LAW.kelaMayPayLandlordFrom(List.of(month("2025-04", "850", "0"), month("2025-05", "850", "850"),
                month("2025-06", "850", "0")))).isEmpty();
        assertThat(LAW.kelaMayPayLandlordFrom(List.of(month("2025-04", "850", "0"), month("2025-06", "850", "0"))))
                .isEmpty();
        // the run crossing the turn of 2023: December 2022 partly paid does not count, January 2023 starts a run
        assertThat(LAW.kelaMayPayLandlordFrom(List.of(month("2022-12", "850", "100"), month("2023-01", "850", "100"),
                month("2023-02", "850", "100")))).contains(YearMonth.of(2023, 3));
    }
}
