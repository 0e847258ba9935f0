package fi.tietovahti.hetu;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A Finnish personal identity code (henkilötunnus, HETU): {@code DDMMYY C NNN Q}.
 *
 * <p>The century sign is part of the identity: {@code 100190-999P} and {@code 100190Y999P} are two people,
 * so equality compares the code exactly as written (upper-cased). {@link #toString()} is masked on purpose:
 * a code that ends up in a log line or an exception message by accident shows no more than
 * {@link #masked()}. Code that strictly needs the full value calls {@link #value()}.
 */
public final class PersonalIdentityCode {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final String value;
    private final LocalDate birthDate;
    private final int individualNumber;

    private PersonalIdentityCode(String value, LocalDate birthDate, int individualNumber) {
        this.value = value;
        this.birthDate = birthDate;
        this.individualNumber = individualNumber;
    }

    /**
     * Parses and validates a code as it arrives from outside (a form, a desk check, an e-signature callback),
     * against today's date on {@code clock} in Helsinki: a birth date after today is invalid. Surrounding white
     * space is ignored and letters may be lower case; digits are ASCII only, so that one person cannot have a
     * second identity written in full-width or other Unicode digits.
     *
     * @throws InvalidPersonalIdentityCodeException with a message that says what is wrong, never the code itself
     */
    public static PersonalIdentityCode parse(String text, Clock clock) {
        PersonalIdentityCode code = parseShape(text);
        if (code.birthDate.isAfter(LocalDate.now(clock.withZone(HELSINKI)))) {
            throw new InvalidPersonalIdentityCodeException("the birth date DDMMYY is in the future");
        }
        return code;
    }

    /** {@link #parse(String, Clock)} against the machine's clock, for callers without an application clock. */
    public static PersonalIdentityCode parse(String text) {
        return parse(text, Clock.system(HELSINKI));
    }

    /**
     * A code read back from a register or from this system's own tables, where it was validated when written:
     * every rule but "not born after today" is checked, so a row is never unreadable because of the date.
     */
    public static PersonalIdentityCode ofStored(String value) {
        return parseShape(value);
    }

    private static PersonalIdentityCode parseShape(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPersonalIdentityCodeException("the personal identity code is empty");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 11) {
            throw new InvalidPersonalIdentityCodeException(
                    "a personal identity code has 11 characters, this one has " + code.length());
        }
        String datePart = code.substring(0, 6);
        char centurySign = code.charAt(6);
        String individualPart = code.substring(7, 10);
        char check = code.charAt(10);
        if (!isAsciiDigits(datePart)) {
            throw new InvalidPersonalIdentityCodeException("the first six characters must be the birth date DDMMYY");
        }
        int century = centuryOf(centurySign);
        if (!isAsciiDigits(individualPart)) {
            throw new InvalidPersonalIdentityCodeException("characters 8-10 must be the individual number");
        }
        int individualNumber = Integer.parseInt(individualPart);
        if (individualNumber < 2) {
            throw new InvalidPersonalIdentityCodeException("the individual number must be between 002 and 999");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(century + Integer.parseInt(datePart.substring(4, 6)),
                    Integer.parseInt(datePart.substring(2, 4)), Integer.parseInt(datePart.substring(0, 2)));
        } catch (DateTimeException e) {
            throw new InvalidPersonalIdentityCodeException("the birth date DDMMYY is not a real date");
        }
        if (CHECK_CHARACTERS.indexOf(check) < 0) {
            throw new InvalidPersonalIdentityCodeException("the check character does not match the rest of the code");
        }
        char expected = checkCharacter(datePart + individualPart);
        if (check != expected) {
            throw new InvalidPersonalIdentityCodeException("the check character does not match the rest of the code");
        }
        return new PersonalIdentityCode(code, birthDate, individualNumber);
    }

    /** '0'-'9' only: Character.isDigit and Integer.parseInt also take Arabic-Indic, full-width and other digits. */
    private static boolean isAsciiDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** True when {@code text} is a valid code today (machine clock); never throws. */
    public static boolean isValid(String text) {
        return isValid(text, Clock.system(HELSINKI));
    }

    /** True when {@code text} is a valid code on {@code clock}'s today; never throws. */
    public static boolean isValid(String text, Clock clock) {
        try {
            parse(text, clock);
            return true;
        } catch (InvalidPersonalIdentityCodeException e) {
            return false;
        }
    }

    /** Builds a valid code from its parts, e.g. for generated test data. */
    public static PersonalIdentityCode of(LocalDate birthDate, int individualNumber, char centurySign) {
        if (individualNumber < 2 || individualNumber > 999) {
            throw new IllegalArgumentException("individual number must be 2-999");
        }
        char sign = Character.toUpperCase(centurySign);
        if (centuryOf(sign) != birthDate.getYear() / 100 * 100) {
            throw new IllegalArgumentException("century sign " + sign + " does not fit the birth year");
        }
        String datePart = String.format(Locale.ROOT, "%02d%02d%02d",
                birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100);
        String individualPart = String.format(Locale.ROOT, "%03d", individualNumber);
        return parseShape(datePart + sign + individualPart + checkCharacter(datePart + individualPart));
    }

    private static int centuryOf(char sign) {
        switch (sign) {
            case '+':
                return 1800;
            case '-': case 'Y': case 'X': case 'W': case 'V': case 'U':
                return 1900;
            case 'A': case 'B': case 'C': case 'D': case 'E': case 'F':
                return 2000;
            default:
                throw new InvalidPersonalIdentityCodeException(
                        "the seventh character must be a century sign: + - Y X W V U A B C D E F");
        }
    }

    private static char checkCharacter(String nineDigits) {
        return CHECK_CHARACTERS.charAt((int) (Long.parseLong(nineDigits) % 31));
    }

    /** The full code. Only code that strictly needs it (matching, a register that must hold it) calls this. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Individual numbers 900-999 are test and temporary codes; demo and test data use only these. */
    public boolean isTemporaryOrTest() {
        return individualNumber >= 900;
    }

    /**
     * The birth date and century sign stay visible, the individual number and the check character are hidden:
     * {@code 010594Y****}. The check character is hidden too: with the date known it narrows the individual number
     * to a few dozen candidates.
     */
    public String masked() {
        return mask(value);
    }

    /**
     * Masks text that may be a code without validating it, for places that hold an unvalidated value (a form
     * field): text of a code's shape (six digits, a century sign, four characters) keeps its first seven characters
     * and shows four stars; anything else is replaced whole by eleven stars, whatever its length.
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (CODE_SHAPE.matcher(t).matches()) {
            return maskShaped(t);
        }
        return "***********";
    }

    private static String maskShaped(String code) {
        // by code point: a digit outside the BMP (mathematical digits) is two chars
        return code.substring(0, code.offsetByCodePoints(0, 7)) + "****";
    }

    /**
     * Every code written in a free text (an email body, a form's description, a note), valid or not, masked as
     * {@link #mask} does; the rest of the text is unchanged. For text shown on a screen or stored for display: a
     * resident who writes their code into a message has it shown masked, like every other code. Codes written with
     * other Unicode digits (full-width, Arabic-Indic) are masked too: they are not valid, but they are still the
     * person's code.
     */
    public static String maskAllIn(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        return CODE_IN_TEXT.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                maskShaped(m.group())));
    }

    /**
     * A code's shape, any decimal digits: six digits, a century sign (or a typographic dash a word processor put in
     * place of '-'), three digits, a check character.
     */
    private static final java.util.regex.Pattern CODE_SHAPE = java.util.regex.Pattern.compile(
            "\\p{Nd}{6}[-+A-FU-Ya-fu-y\u2010-\u2015\u2212]\\p{Nd}{3}[\\p{Nd}A-Ya-y]");

    /** The shape of a code inside text, not glued to other letters or digits. */
    private static final java.util.regex.Pattern CODE_IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![\\p{Nd}\\p{L}])" + CODE_SHAPE.pattern() + "(?![\\p{Nd}\\p{L}])");

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdentityCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked, so that an accidental log line does not carry the code. */
    @Override
    public String toString() {
        return masked();
    }
}
