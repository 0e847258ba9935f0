package fi.tietovahti.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Finnish public holidays (Act 1981/1981 and the Church's calendar as law refers to it) and working days.
 * Midsummer Eve and Christmas Eve are not public holidays but de facto days off; whether they count as working
 * days is configuration.
 */
public final class FinnishCalendar {

    /** The holidays and eves, with their Finnish names for explanations shown to handlers. */
    public enum Holiday {
        NEW_YEAR("uudenvuodenpäivä"), EPIPHANY("loppiainen"), GOOD_FRIDAY("pitkäperjantai"),
        EASTER_SUNDAY("pääsiäispäivä"), EASTER_MONDAY("2. pääsiäispäivä"), MAY_DAY("vappu"),
        ASCENSION_DAY("helatorstai"), WHITSUN("helluntaipäivä"), MIDSUMMER_EVE("juhannusaatto"),
        MIDSUMMER_DAY("juhannuspäivä"), ALL_SAINTS_DAY("pyhäinpäivä"), INDEPENDENCE_DAY("itsenäisyyspäivä"),
        CHRISTMAS_EVE("jouluaatto"), CHRISTMAS_DAY("joulupäivä"), BOXING_DAY("tapaninpäivä");

        private final String finnishName;

        Holiday(String finnishName) {
            this.finnishName = finnishName;
        }

        public String finnishName() {
            return finnishName;
        }

        public boolean isEve() {
            return this == MIDSUMMER_EVE || this == CHRISTMAS_EVE;
        }
    }

    private final boolean midsummerEveWorking;
    private final boolean christmasEveWorking;

    public FinnishCalendar(boolean midsummerEveWorking, boolean christmasEveWorking) {
        this.midsummerEveWorking = midsummerEveWorking;
        this.christmasEveWorking = christmasEveWorking;
    }

    /** The holiday or eve on this date, if any (whether or not it is a working day). */
    public static Optional<Holiday> holidayOn(LocalDate date) {
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        LocalDate midsummerDay = LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate allSaints = LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Holiday holiday = null;
        if (date.equals(LocalDate.of(year, 1, 1))) {
            holiday = Holiday.NEW_YEAR;
        } else if (date.equals(LocalDate.of(year, 1, 6))) {
            holiday = Holiday.EPIPHANY;
        } else if (date.equals(easter.minusDays(2))) {
            holiday = Holiday.GOOD_FRIDAY;
        } else if (date.equals(easter)) {
            holiday = Holiday.EASTER_SUNDAY;
        } else if (date.equals(easter.plusDays(1))) {
            holiday = Holiday.EASTER_MONDAY;
        } else if (date.equals(LocalDate.of(year, 5, 1))) {
            holiday = Holiday.MAY_DAY;
        } else if (date.equals(easter.plusDays(39))) {
            holiday = Holiday.ASCENSION_DAY;
        } else if (date.equals(easter.plusDays(49))) {
            holiday = Holiday.WHITSUN;
        } else if (date.equals(midsummerDay.minusDays(1))) {
            holiday = Holiday.MIDSUMMER_EVE;
        } else if (date.equals(midsummerDay)) {
            holiday = Holiday.MIDSUMMER_DAY;
        } else if (date.equals(allSaints)) {
            holiday = Holiday.ALL_SAINTS_DAY;
        } else if (date.equals(LocalDate.of(year, 12, 6))) {
            holiday = Holiday.INDEPENDENCE_DAY;
        } else if (date.equals(LocalDate.of(year, 12, 24))) {
            holiday = Holiday.CHRISTMAS_EVE;
        } else if (date.equals(LocalDate.of(year, 12, 25))) {
            holiday = Holiday.CHRISTMAS_DAY;
        } else if (date.equals(LocalDate.of(year, 12, 26))) {
            holiday = Holiday.BOXING_DAY;
        }
        return Optional.ofNullable(holiday);
    }

    /** The day itself when it is a working day, otherwise the next one. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return holidayOn(date).map(h -> switch (h) {
            case MIDSUMMER_EVE -> midsummerEveWorking;
            case CHRISTMAS_EVE -> christmasEveWorking;
            default -> false;
        }).orElse(true);
    }

    /** The date itself if it is a working day, otherwise the next working day. */
    public LocalDate sameOrNextWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
