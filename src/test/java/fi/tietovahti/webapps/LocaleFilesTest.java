package fi.tietovahti.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our Finnish and Swedish locale files for Tasklist, Cockpit, Admin and Welcome against the English ones of the
 * Camunda webapps on the classpath (the version we run): a key Camunda added in an upgrade and we did not
 * translate fails here, as does a translation that lost a placeholder or a tag (the screen would show the raw
 * key or a broken sentence).
 */
class LocaleFilesTest {

    private static final String WEBAPPS = "META-INF/resources/webjars/camunda/app/";
    private static final Path OURS = Path.of("src/main/resources", WEBAPPS);
    /** Angular placeholders, moment's %s/%d and HTML tags (not texts such as "&lt;undefined&gt;", which are words). */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^}]*}}|%[sd]|</?(a|b|br|code|div|em|i|li|p|pre|small|span|strong|ul)\\b");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tasklist, fi", "tasklist, sv", "cockpit, fi", "cockpit, sv", "admin, fi", "admin, sv",
            "welcome, fi", "welcome, sv"})
    void everyEnglishKeyIsTranslatedWithItsPlaceholders(String app, String language) throws IOException {
        Map<String, String> english = flatten(english(app));
        Path file = OURS.resolve(app + "/locales/" + language + ".json");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).as(file + " starts without a byte-order mark").isNotEqualTo((byte) 0xEF);
        Map<String, String> translated = flatten(new ObjectMapper().readTree(bytes));

        assertThat(translated.keySet()).as(file + ": keys of " + app + "'s en.json")
                .containsExactlyInAnyOrderElementsOf(english.keySet());
        List<String> broken = new ArrayList<>();
        int untranslated = 0; // a sentence of three words or more the same as in English
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String ours = translated.get(entry.getKey());
            if (!tokens(entry.getValue()).equals(tokens(ours))) {
                broken.add(entry.getKey() + ": '" + entry.getValue() + "' -> '" + ours + "'");
            }
            if (entry.getKey().startsWith("labels.") && !entry.getKey().endsWith("_PLACEHOLDER")
                    && entry.getValue().equals(ours)
                    && WORD.matcher(entry.getValue()).results().count() >= 3) {
                untranslated++;
            }
        }
        assertThat(broken).as(file + ": placeholders and tags kept").isEmpty();
        assertThat(untranslated).as(file + ": sentences left in English").isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tasklist, fi", "tasklist, sv", "cockpit, fi", "cockpit, sv", "admin, fi", "admin, sv"})
    void datesReadDayMonthYear(String app, String language) throws IOException {
        JsonNode dates = new ObjectMapper().readTree(OURS.resolve(app + "/locales/" + language + ".json").toFile())
                .path("dateLocales");
        assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("D.M.YYYY");
        assertThat(dates.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"tasklist", "cockpit", "admin", "welcome"})
    void eachWebappOffersFinnishAndSwedish(String app) throws IOException {
        String config = Files.readString(OURS.resolve(app + "/scripts/config.js"));
        assertThat(config).containsPattern("availableLocales:\\s*\\['fi', 'sv', 'en']")
                .containsPattern("fallbackLocale:\\s*'en'");
        assertThat(Files.readString(OURS.resolve(app + "/styles/user-styles.css")))
                .as("the Camunda 8 migration banner is hidden").contains(".ce-eol-banner");
    }

    @Test
    void theCheckCatchesALostPlaceholder() {
        assertThat(tokens("Delete {{name}}?")).isNotEqualTo(tokens("Poista?"));
        assertThat(tokens("<b>%d</b> tasks")).isEqualTo(tokens("<b>%d</b> tehtävää"));
    }

    private static JsonNode english(String app) throws IOException {
        try (InputStream in = LocaleFilesTest.class.getClassLoader()
                .getResourceAsStream(WEBAPPS + app + "/locales/en.json")) {
            assertThat(in).as(app + "'s en.json on the classpath").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ObjectMapper().readTree(text);
        }
    }

    private static TreeSet<String> tokens(String value) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value == null ? "" : value);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        return found;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix + e.getKey() + ".", e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + i + ".", node.get(i), out);
            }
        } else {
            out.put(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }
}
