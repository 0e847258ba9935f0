package fi.tietovahti.request;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.deadline.LegalDeadlines;
import fi.tietovahti.platform.FormDate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Values as the doors submit them: the desk form sends a date or a date-time as text, REST an ISO instant, tests a
 * Date. Unreadable input is refused with the reason.
 */
final class DoorInput {

    private DoorInput() {
    }

    /**
     * When the request arrived. A bare date (2026-12-07, or 7.12.2026 as the desk form asks) means that Helsinki day
     * (now, if it is today). Missing means now.
     */
    static Instant receivedAt(Object value, Clock clock) {
        if (value == null || value.toString().isBlank()) {
            return clock.instant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = value.toString().strip();
        try {
            if (text.length() <= 10) {
                LocalDate day = FormDate.day(text, "receivedAt");
                return day.equals(LocalDate.now(clock.withZone(LegalDeadlines.HELSINKI))) ? clock.instant()
                        : day.atTime(12, 0).atZone(LegalDeadlines.HELSINKI).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(LegalDeadlines.HELSINKI).toInstant();
        } catch (DateTimeParseException | FormDate.NotADate e) {
            throw new IllegalArgumentException("Vastaanottopäivä ei ole päivämäärä (p.k.vvvv) / receivedAt is not a "
                    + "date (d.M.yyyy) or a date and time: '" + text + "'");
        }
    }

    static PrivacyCase.Channel channel(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("the channel the request came through is missing");
        }
        try {
            return PrivacyCase.Channel.valueOf(value.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown channel '" + value + "': one of DESK, EMAIL, REST, LETTER");
        }
    }
}
