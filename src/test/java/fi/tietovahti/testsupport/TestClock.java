package fi.tietovahti.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The suite's one notion of "now". The rule of the test suite (README, Testing): no test reads the machine's date.
 * The demo data is generated for the reference day, and the application's {@link Clock} and the engine's
 * {@link ClockUtil} both run from noon (Helsinki) of that day when the run starts, and then move with real time,
 * so timers, history and the application agree and a three-minute run never crosses midnight.
 *
 * <p>The reference day is {@value #PROPERTY} ({@code ./mvnw verify -Dtietovahti.test.today=2031-12-31}): a date,
 * or {@code today} for the machine's own clock, unshifted. Without it, {@link #DEFAULT_DAY}.
 */
public final class TestClock {

    public static final String PROPERTY = "tietovahti.test.today";
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2026, 11, 27);
    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static final Duration OFFSET = offset(System.getProperty(PROPERTY, "").strip());
    private static final Clock CLOCK = Clock.offset(Clock.system(HELSINKI), OFFSET);

    private TestClock() {
    }

    private static Duration offset(String value) {
        String day = value.isEmpty() ? DEFAULT_DAY.toString() : value;
        if (day.equalsIgnoreCase("today")) {
            return Duration.ZERO;
        }
        LocalDate reference;
        try {
            reference = LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a date (yyyy-mm-dd) or 'today', not '" + day + "'");
        }
        Instant start = ZonedDateTime.of(reference, LocalTime.NOON, HELSINKI).toInstant();
        // the one reading of the machine's clock in the suite, and only to cancel it: the engine's ClockUtil can only
        // be offset from the system clock, so the shift is "reference noon minus the moment the run starts"
        return Duration.between(Clock.systemUTC().instant(), start);
    }

    /** The application's clock in tests: the reference day, moving. */
    public static Clock clock() {
        return CLOCK;
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    /** The Helsinki date now. */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /** Today as an SQL date literal, for test queries: SQL's own current_date is the machine's date. */
    public static String sqlDate() {
        return "date '" + today() + "'";
    }

    /** {@code sql} with every {@code current_date} replaced by {@link #sqlDate()}. */
    public static String sqlToday(String sql) {
        return sql.replace("current_date", sqlDate());
    }

    /** Sets the engine's clock to this one (again, after a test moved it): call instead of ClockUtil.reset(). */
    public static void installInEngine() {
        ClockUtil.reset();
        if (!OFFSET.isZero()) {
            ClockUtil.offset(OFFSET.toMillis());
        }
    }
}
