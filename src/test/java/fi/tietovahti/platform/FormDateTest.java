package fi.tietovahti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormDateTest {

    @Test
    void theFinnishOrderIsDayMonthYear() {
        assertThat(FormDate.day("5.11.2026", "servedOn")).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(FormDate.day(" 05.01.2027 ", "servedOn")).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(FormDate.day("29.2.2028", "servedOn")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void theApiAndTestsGiveIsoDaysOrDates() {
        assertThat(FormDate.day("2026-11-05", "servedOn")).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(FormDate.day("2026-11-05T00:00:00.000+0200", "servedOn")).isEqualTo(LocalDate.of(2026, 11, 5));
        // midnight in Helsinki is the evening before in UTC: the Helsinki day counts
        Date helsinkiMidnight = Date.from(ZonedDateTime.of(2026, 11, 5, 0, 0, 0, 0, ZoneId.of("Europe/Helsinki"))
                .toInstant());
        assertThat(FormDate.day(helsinkiMidnight, "servedOn")).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void anEmptyFieldIsNullOrRefusedWhenRequired() {
        assertThat(FormDate.dayOrNull("  ", "reviewOn")).isNull();
        assertThat(FormDate.dayOrNull(null, "reviewOn")).isNull();
        assertThatThrownBy(() -> FormDate.day("", "servedOn")).isInstanceOf(FormDate.NotADate.class)
                .hasMessageContaining("servedOn").hasMessageContaining("missing");
    }

    /** Camunda Forms' own M/D/YYYY, impossible days and words are refused, never guessed. */
    @ParameterizedTest
    @ValueSource(strings = {"11/5/2026", "31.2.2026", "5.13.2026", "2026-02-30", "huomenna", "5.11.26", "5.11"})
    void anythingElseIsRefusedWithTheWayToWriteIt(String text) {
        assertThatThrownBy(() -> FormDate.day(text, "servedOn")).isInstanceOf(FormDate.NotADate.class)
                .hasMessageContaining("servedOn").hasMessageContaining("d.M.yyyy");
    }
}
