package fi.tietovahti.hetu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.testsupport.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalIdentityCodeTest {

    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
            // DESIGN.md's worked examples
            "010594Y9032, 1994-05-01",
            "020594X903P, 1994-05-02",
            "010516B903X, 2016-05-01",
            // the classic public example, and the same person's date with every 1900s sign
            "131052-308T, 1952-10-13",
            "131052Y308T, 1952-10-13",
            "131052X308T, 1952-10-13",
            "131052W308T, 1952-10-13",
            "131052V308T, 1952-10-13",
            "131052U308T, 1952-10-13",
            // 1800s, 2000s with every sign, leap day of a leap century year, end of year
            "010100+900F, 1800-01-01",
            "290200A901C, 2000-02-29",
            "290200B901C, 2000-02-29",
            "290200C901C, 2000-02-29",
            "290200D901C, 2000-02-29",
            "290200E901C, 2000-02-29",
            "290200F901C, 2000-02-29",
            "311299-999E, 1999-12-31",
            "150823A950P, 2023-08-15",
    })
    void parsesValidCodesAndDerivesTheBirthDate(String code, LocalDate birthDate) {
        PersonalIdentityCode hetu = PersonalIdentityCode.parse(code);
        assertThat(hetu.birthDate()).isEqualTo(birthDate);
        assertThat(hetu.value()).isEqualTo(code);
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpace() {
        assertThat(PersonalIdentityCode.parse("  010516b903x ").value()).isEqualTo("010516B903X");
    }

    @Test
    void theCenturySignIsPartOfTheIdentity() {
        assertThat(PersonalIdentityCode.parse("100190-999P")).isNotEqualTo(PersonalIdentityCode.parse("100190Y999P"));
        assertThat(PersonalIdentityCode.parse("100190-999P")).isEqualTo(PersonalIdentityCode.parse("100190-999p"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "010594Y9033 | check character",
            "131052-308U | check character",
            "131052G308T | century sign",
            "131052Z308T | century sign",
            "310294-9032 | not a real date",
            "290201A9012 | not a real date",
            "290297-9026 | not a real date",
            "290296-9027 | check character",
            "010594Y003B | check character",
            "010594Y001Y | individual number",
            "010594Y90   | 11 characters",
            "010594Y90322 | 11 characters",
            "01A594Y9032 | birth date DDMMYY",
            "010594Y9A32 | individual number",
    })
    void rejectsInvalidCodesWithAReasonThatDoesNotRepeatTheCode(String code, String reason) {
        assertThatThrownBy(() -> PersonalIdentityCode.parse(code))
                .isInstanceOf(InvalidPersonalIdentityCodeException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(code.strip()));
        assertThat(PersonalIdentityCode.isValid(code)).isFalse();
    }

    @Test
    void rejectsEmpty() {
        assertThatThrownBy(() -> PersonalIdentityCode.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> PersonalIdentityCode.parse(null)).hasMessageContaining("empty");
    }

    @Test
    void masksTheIndividualNumberInDisplayAndToString() {
        PersonalIdentityCode hetu = PersonalIdentityCode.parse("010594Y9032");
        // the check character goes too: with the date known it narrows the individual number to a few candidates
        assertThat(hetu.masked()).isEqualTo("010594Y****");
        assertThat(hetu.toString()).isEqualTo("010594Y****").doesNotContain("903");
    }

    @ParameterizedTest(name = "mask(\"{0}\") hides it whole")
    @CsvSource(delimiter = '|', value = {"not a code", "12345678901", "Aino Virtanen", "010594Y903", "0105941903X",
            "010594Y90322", "sähköposti@example.fi"})
    void textThatIsNotShapedLikeACodeIsHiddenWhole(String text) {
        assertThat(PersonalIdentityCode.mask(text)).isEqualTo("***********");
    }

    @Test
    void unvalidatedTextOfACodesShapeKeepsOnlyDateAndCenturySign() {
        assertThat(PersonalIdentityCode.mask(" 010594Y9033 ")).isEqualTo("010594Y****");
        assertThat(PersonalIdentityCode.mask(null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // full-width, Arabic-Indic, Devanagari and mathematical bold digits for 010594Y9032 (the compiler
            // turns the escapes into the characters)
            "\uFF10\uFF11\uFF10\uFF15\uFF19\uFF14Y\uFF19\uFF10\uFF13\uFF12",
            "\u0660\u0661\u0660\u0665\u0669\u0664Y\u0669\u0660\u0663\u0662",
            "\u0966\u0967\u0966\u096B\u096F\u096AY\u096F\u0966\u0969\u0968",
            "010594Y\uFF19\uFF10\uFF13\uFF12",
            "\uD835\uDFCE\uD835\uDFCF\uD835\uDFCE\uD835\uDFD3\uD835\uDFD7\uD835\uDFD2Y9032",
    })
    void onlyAsciiDigitsMakeACodeButOtherDigitsAreStillMasked(String code) {
        assertThat(PersonalIdentityCode.isValid(code, TestClock.clock())).isFalse();
        assertThatThrownBy(() -> PersonalIdentityCode.parse(code, TestClock.clock()))
                .isInstanceOf(InvalidPersonalIdentityCodeException.class);
        assertThatThrownBy(() -> PersonalIdentityCode.ofStored(code))
                .isInstanceOf(InvalidPersonalIdentityCodeException.class);
        String masked = PersonalIdentityCode.maskAllIn("Tunnukseni on " + code + ", kiitos.");
        assertThat(masked).endsWith("****, kiitos.").doesNotContain(code.substring(code.length() - 4));
        assertThat(PersonalIdentityCode.mask(code)).endsWith("Y****");
    }

    @Test
    void aDashFromAWordProcessorIsStillMaskedInText() {
        assertThat(PersonalIdentityCode.maskAllIn("hetu 131052\u2013308T.")).isEqualTo("hetu 131052\u2013****.");
    }

    @Test
    void aBirthDateAfterTodayIsInvalidAndTodayIsNot() {
        Clock onNov27 = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneId.of("Europe/Helsinki"));
        assertThat(PersonalIdentityCode.parse("271126A9034", onNov27).birthDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThatThrownBy(() -> PersonalIdentityCode.parse("281126A903S", onNov27))
                .isInstanceOf(InvalidPersonalIdentityCodeException.class).hasMessageContaining("future");
        assertThat(PersonalIdentityCode.isValid("010127A903J", onNov27)).isFalse();
        // "today" is Helsinki's: 27.11. 23:30 UTC is already 28.11. in Helsinki
        Clock lateOnNov27Utc = Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneId.of("UTC"));
        assertThat(PersonalIdentityCode.isValid("281126A903S", lateOnNov27Utc)).isTrue();
        // a stored code was checked when written: it is read back whatever the date
        assertThat(PersonalIdentityCode.ofStored("010127A903J").birthDate()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void masksEveryCodeWrittenIntoAText() {
        // as residents write them: in a sentence, lower case, after a colon, two in one message, a typo'd check
        String text = "Hei, henkilötunnukseni on 010594Y9032 ja puolisoni hetu:020594x903p.\n"
                + "Vanha tunnus 131052-308T, kirjoitin ehkä väärin 131052-308X.";
        assertThat(PersonalIdentityCode.maskAllIn(text)).isEqualTo("Hei, henkilötunnukseni on 010594Y**** ja puolisoni"
                + " hetu:020594x****.\nVanha tunnus 131052-****, kirjoitin ehkä väärin 131052-****.");
        // numbers of other shapes stay: phone numbers, invoice and reference numbers, dates, longer digit runs
        String other = "Puh. 040 1234567, lasku 1234567-8901, viite 12345678901, 1.5.2024, IBAN FI2112345600000785";
        assertThat(PersonalIdentityCode.maskAllIn(other)).isEqualTo(other);
        assertThat(PersonalIdentityCode.maskAllIn(null)).isNull();
    }

    @Test
    void buildsCodesFromParts() {
        PersonalIdentityCode hetu = PersonalIdentityCode.of(LocalDate.of(1994, 5, 1), 903, 'Y');
        assertThat(hetu.value()).isEqualTo("010594Y9032");
        assertThat(hetu.isTemporaryOrTest()).isTrue();
        assertThat(PersonalIdentityCode.parse("131052-308T").isTemporaryOrTest()).isFalse();
        assertThatThrownBy(() -> PersonalIdentityCode.of(LocalDate.of(1994, 5, 1), 903, 'A'))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
