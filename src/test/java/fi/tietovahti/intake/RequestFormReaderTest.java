package fi.tietovahti.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.cases.PrivacyCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import fi.tietovahti.testsupport.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shipped request forms read back by tag, as residents return them; hostile files refused with the reason. */
class RequestFormReaderTest {

    private static byte[] shipped(String language) throws Exception {
        return Files.readAllBytes(Path.of("templates/request-form-" + language + ".docx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void anUnfilledFormIsEmptyNotItsPlaceholders(String language) throws Exception {
        RequestForm form = RequestFormReader.read(shipped(language), TestClock.clock());
        assertThat(form.type()).isNull();
        assertThat(form.name()).isNull();
        assertThat(form.description()).isNull();
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void aFilledFormIsReadFieldByField() throws Exception {
        byte[] filled = RequestForms.fill(shipped("fi"), Map.of(
                RequestFormReader.TYPE, "Tietojen oikaisu",
                RequestFormReader.NAME, "Aino Virtanen",
                RequestFormReader.IDENTITY_CODE, "010594y9032",
                RequestFormReader.ADDRESS, "Kivikonkaari 31 C 20, 00940 Helsinki",
                RequestFormReader.EMAIL, "aino@example.com",
                RequestFormReader.LANGUAGE, "fi",
                RequestFormReader.DESCRIPTION, "Puhelinnumeroni on väärin.",
                RequestFormReader.CORRECTION, "Oikea numero on +358 40 123 4567"));
        RequestForm form = RequestFormReader.read(filled, TestClock.clock());
        assertThat(form.type()).isEqualTo(PrivacyCase.Type.RECTIFICATION);
        assertThat(form.name()).isEqualTo("Aino Virtanen");
        assertThat(form.identityCode()).isEqualTo("010594Y9032");
        assertThat(form.identityCodeMasked()).isEqualTo("010594Y****");
        assertThat(form.address()).isEqualTo("Kivikonkaari 31 C 20, 00940 Helsinki");
        assertThat(form.email()).isEqualTo("aino@example.com");
        assertThat(form.phone()).isNull(); // left as its placeholder
        assertThat(form.language()).isEqualTo("fi");
        assertThat(form.correction()).isEqualTo("Oikea numero on +358 40 123 4567");
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void theSwedishAndEnglishChoicesMeanTheSameTypes() throws Exception {
        assertThat(RequestFormReader.read(RequestForms.fill(shipped("sv"), Map.of(RequestFormReader.TYPE,
                "Registerutdrag (vilka uppgifter finns om mig)")), TestClock.clock()).type()).isEqualTo(PrivacyCase.Type.ACCESS);
        assertThat(RequestFormReader.read(RequestForms.fill(shipped("en"), Map.of(RequestFormReader.TYPE,
                "Objection / newsletter unsubscribe")), TestClock.clock()).type()).isEqualTo(PrivacyCase.Type.OBJECTION);
    }

    @Test
    void whatCannotBeReadAsWrittenIsAProblemThatNeverQuotesTheValue() throws Exception {
        RequestForm form = RequestFormReader.read(RequestForms.fill(shipped("en"), Map.of(
                RequestFormReader.TYPE, "Something else", RequestFormReader.IDENTITY_CODE, "010594Y9033",
                RequestFormReader.BIRTH_DATE, "May 1st", RequestFormReader.LANGUAGE, "de")), TestClock.clock());
        assertThat(form.type()).isNull();
        assertThat(form.identityCode()).isNull();
        assertThat(form.birthDate()).isNull();
        assertThat(form.problems()).hasSize(4).noneMatch(p -> p.contains("010594"));
        assertThat(RequestFormReader.read(RequestForms.fill(shipped("en"), Map.of(RequestFormReader.BIRTH_DATE,
                "1.5.1994")), TestClock.clock()).birthDate()).isEqualTo(LocalDate.of(1994, 5, 1));
    }

    @Test
    void aFormDeclaringADtdIsRefusedBeforeAnyParserSeesIt() throws Exception {
        byte[] xxe = RequestForms.rewrite(shipped("fi"), "word/document.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"));
        assertThatThrownBy(() -> RequestFormReader.read(xxe, TestClock.clock())).isInstanceOf(UnreadableForm.class)
                .hasMessageContaining("DTD").hasMessageNotContaining("passwd");
    }

    @Test
    void aZipBombIsRefusedWhileUnpackingNotAfter() throws Exception {
        byte[] bomb = RequestForms.zipBomb();
        assertThat(bomb.length).isLessThan(RequestFormReader.MAX_BYTES); // small on the wire
        assertThatThrownBy(() -> RequestFormReader.read(bomb, TestClock.clock())).isInstanceOf(UnreadableForm.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void somethingThatIsNotAWordDocumentIsRefusedWithTheReason() {
        assertThatThrownBy(() -> RequestFormReader.read("%PDF-1.7 scanned".getBytes(StandardCharsets.US_ASCII), TestClock.clock()))
                .isInstanceOf(UnreadableForm.class).hasMessageContaining("not a Word document");
        assertThatThrownBy(() -> RequestFormReader.read(new byte[0], TestClock.clock())).hasMessageContaining("empty");
        assertThatThrownBy(() -> RequestFormReader.read(new byte[RequestFormReader.MAX_BYTES + 1], TestClock.clock()))
                .hasMessageContaining("larger than");
    }
}
