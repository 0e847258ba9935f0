package fi.tietovahti.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the doors' "received on" is read, worked examples at a fixed instant (7.12.2026 14:30 in Helsinki). */
class DoorInputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:30:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
            "'',                       2026-12-07T12:30:00Z", // empty: now
            "7.12.2026,                2026-12-07T12:30:00Z", // today as the desk form writes it: now
            "2026-12-07,               2026-12-07T12:30:00Z",
            "3.12.2026,                2026-12-03T10:00:00Z", // an earlier day: its Helsinki noon
            "03.12.2026,               2026-12-03T10:00:00Z",
            "' 1.7.2026 ',             2026-07-01T09:00:00Z", // summer time: noon is 09:00 UTC
            "2026-12-03T08:15,         2026-12-03T06:15:00Z",
            "2026-12-03T08:15:00+02:00, 2026-12-03T06:15:00Z"})
    void receivedAt(String submitted, String expected) {
        assertThat(DoorInput.receivedAt(submitted, CLOCK)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.11.2026", "7/12/2026", "12.7.26", "huomenna", "2026-13-01"})
    void unreadableDatesAreRefusedWithTheFormat(String submitted) {
        assertThatThrownBy(() -> DoorInput.receivedAt(submitted, CLOCK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d.M.yyyy");
    }
}
