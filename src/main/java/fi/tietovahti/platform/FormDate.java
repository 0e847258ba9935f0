package fi.tietovahti.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * A day as a task or start form gives it. Our forms ask for d.M.yyyy, the order Finnish and Swedish readers write:
 * Camunda Forms' own date field shows and reads M/D/YYYY whatever the browser's language, so a collector's
 * "5.11.2026" became 11 May without a word (ADR 22). The engine's REST API and the tests give ISO yyyy-MM-dd (a time
 * after it is ignored) or a {@link Date}, read as the Helsinki day.
 */
public final class FormDate {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final DateTimeFormatter FINNISH = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

    private FormDate() {
    }

    /** The day, or null when the field was left empty. */
    public static LocalDate dayOrNull(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(HELSINKI).toLocalDate();
        }
        String text = value.toString().strip();
        try {
            if (DAY_MONTH_YEAR.matcher(text).matches()) {
                return LocalDate.parse(text, FINNISH);
            }
            if (ISO_DAY.matcher(text).matches()) {
                return LocalDate.parse(text.substring(0, 10));
            }
        } catch (DateTimeException impossible) {
            // 31.2.2026: falls through to the same refusal as any other text
        }
        throw new NotADate(field, text);
    }

    /** The day; an empty field is refused. */
    public static LocalDate day(Object value, String field) {
        LocalDate day = dayOrNull(value, field);
        if (day == null) {
            throw new NotADate(field, null);
        }
        return day;
    }

    /** A form's day that is missing or cannot be read: the message says which field and how to write it. */
    public static final class NotADate extends IllegalArgumentException {
        NotADate(String field, String text) {
            super(text == null ? field + ": päivämäärä puuttuu / the date is missing (d.M.yyyy)"
                    : field + ": '" + text + "' ei ole päivämäärä (p.k.vvvv) / is not a date (d.M.yyyy)");
        }
    }
}
