package fi.tietovahti.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.cases.PrivacyCase;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every letter exists in Finnish, Swedish and English with the same placeholders (a letter that a language lacks
 * would fail only when a resident of that language is written to), and every right that has a process has the
 * letters the shared steps send: acknowledgement, no data, guardian refused, extension, withdrawn.
 */
class LetterTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final String[] LANGUAGES = {"fi", "sv", "en"};

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = LetterTextsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyLetterAndEveryTextIsInTheThreeLanguagesWithTheSamePlaceholders() throws Exception {
        for (String bundle : new String[] {"letters", "report"}) {
            Properties fi = load(bundle + "_fi");
            for (String language : LANGUAGES) {
                Properties other = load(bundle + "_" + language);
                assertThat(other.stringPropertyNames()).as(bundle + "_" + language + " has the keys of " + bundle + "_fi")
                        .containsExactlyInAnyOrderElementsOf(fi.stringPropertyNames());
                for (String key : fi.stringPropertyNames()) {
                    assertThat(placeholders(other.getProperty(key))).as(bundle + "_" + language + " " + key)
                            .isEqualTo(placeholders(fi.getProperty(key)));
                }
            }
        }
    }

    @Test
    void everyRightWithAProcessHasTheSharedStepsLetters() throws Exception {
        Properties en = load("letters_en");
        for (PrivacyCase.Type type : Arrays.stream(PrivacyCase.Type.values()).filter(RequestDoors::automated)
                .toList()) {
            String prefix = type.name().toLowerCase(Locale.ROOT);
            for (String letter : new String[] {"acknowledgement", "nodata", "guardianRefused", "extension", "withdrawn"}) {
                assertThat(en.getProperty(prefix + "." + letter + ".subject")).as(prefix + "." + letter).isNotBlank();
                assertThat(en.getProperty(prefix + "." + letter + ".body")).as(prefix + "." + letter).isNotBlank();
            }
            assertThat(placeholders(en.getProperty(prefix + ".acknowledgement.body")))
                    .containsExactlyInAnyOrder("caseNumber", "deadline");
            assertThat(placeholders(en.getProperty(prefix + ".extension.body")))
                    .containsExactlyInAnyOrder("caseNumber", "deadline", "ground");
        }
        // the extension letter names its ground of Art. 12(3) (the other languages: same keys, checked above)
        for (PrivacyCase.ExtensionGround ground : PrivacyCase.ExtensionGround.values()) {
            assertThat(en.getProperty("extension.ground." + ground)).as(ground.name()).isNotBlank();
        }
    }
}
