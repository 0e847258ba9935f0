package fi.tietovahti.intake;

import fi.tietovahti.cases.PrivacyCase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies a message without the request form: which request it is (access, erasure, ...) and its language,
 * from its subject and text (plain or HTML), in Finnish, Swedish and English. Word stems, not a model: a stem
 * matches the start of a word, so Finnish inflections ("poistamista", "poistakaa") match "poist". The words that
 * decided are returned, to be recorded on the case. Anything that is not clearly one request (none, several, a
 * complaint) is not guessed: {@code type} is null and {@code unclear} says why, for a handler's triage task.
 */
public final class RequestClassifier {

    /** The outcome: a type (or null), a language (or null), the deciding words, and why it is unclear if it is. */
    public record Classification(PrivacyCase.Type type, String language, List<String> evidence, String unclear) {

        public boolean isClear() {
            return type != null;
        }
    }

    private static final Map<PrivacyCase.Type, List<String>> TYPE_STEMS = new EnumMap<>(PrivacyCase.Type.class);
    private static final Map<String, List<String>> LANGUAGE_WORDS = new LinkedHashMap<>();
    private static final List<String> COMPLAINT_STEMS = List.of("valitus", "valitan", "valituksen", "klagomål",
            "klagar", "complain");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}-]+");

    static {
        TYPE_STEMS.put(PrivacyCase.Type.ACCESS, List.of(
                // fi
                "tarkastuspyyn", "tarkastusoikeu", "tarkastaa", "mitä tietoja", "mitä henkilötietoja",
                "saada tietää", "jäljennö",
                // sv
                "registerutdrag", "insyn", "vilka uppgifter", "vilka personuppgifter", "tillgång till",
                // en
                "subject access", "access request", "access to my", "copy of my", "what data", "what personal data",
                "which personal data"));
        TYPE_STEMS.put(PrivacyCase.Type.ERASURE, List.of(
                "poist", "unohdetuksi",
                "radera", "radering", "bli bortglömd",
                "delete", "erase", "erasure", "remove my", "be forgotten"));
        TYPE_STEMS.put(PrivacyCase.Type.RECTIFICATION, List.of(
                // not "korjata" alone: residents write to this mailbox about repairs too
                "oikais", "virheellis", "tietoni ovat väärin", "korjata tietoni", "korjaamaan tietoni",
                "rätta mina", "rättelse", "felaktig",
                "rectif", "correct my", "incorrect", "is wrong", "are wrong"));
        TYPE_STEMS.put(PrivacyCase.Type.RESTRICTION, List.of(
                "rajoit",
                "begräns",
                "restrict"));
        TYPE_STEMS.put(PrivacyCase.Type.PORTABILITY, List.of(
                "siirto-oikeu", "siirtää tietoni", "siirtämistä", "koneluettava",
                "dataportabilitet", "överföra mina", "maskinläsbar",
                "portab", "transfer my", "machine-readable", "machine readable"));
        TYPE_STEMS.put(PrivacyCase.Type.OBJECTION, List.of(
                "vastust", "uutiskirje", "peruuta tilaus", "peru tilaus", "tilauksen peru",
                "invänd", "nyhetsbrev", "avbeställ", "avsluta prenumeration",
                "object to", "objection", "unsubscribe", "newsletter", "opt out", "opt-out"));
        LANGUAGE_WORDS.put("fi", List.of("ja", "on", "ei", "minun", "minä", "haluan", "pyydän", "tietoni", "tietojeni",
                "että", "kiitos", "hei", "terveisin", "ystävällisin", "asunto", "vuokra"));
        LANGUAGE_WORDS.put("sv", List.of("och", "jag", "är", "inte", "mina", "min", "vill", "begär", "uppgifter",
                "tack", "hej", "med", "vänliga", "hälsningar", "om", "att"));
        LANGUAGE_WORDS.put("en", List.of("and", "the", "is", "not", "my", "i", "want", "would", "like", "please",
                "data", "thank", "thanks", "regards", "dear", "to", "of"));
    }

    private RequestClassifier() {
    }

    public static Classification classify(String subject, String text, String html) {
        String body = text != null && !text.isBlank() ? text : html == null ? "" : MailText.plain(html);
        String all = ((subject == null ? "" : subject) + "\n" + body).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        WORD.matcher(all).results().forEach(m -> words.add(m.group()));
        String joined = " " + String.join(" ", words) + " ";

        Map<PrivacyCase.Type, Set<String>> hits = new EnumMap<>(PrivacyCase.Type.class);
        TYPE_STEMS.forEach((type, stems) -> {
            for (String stem : stems) {
                if (matches(joined, words, stem)) {
                    hits.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(stem);
                }
            }
        });
        List<String> complaint = COMPLAINT_STEMS.stream().filter(s -> matches(joined, words, s)).toList();
        String language = language(words);
        List<String> evidence = new ArrayList<>();
        hits.forEach((type, stems) -> stems.forEach(s -> evidence.add(type.name().toLowerCase(Locale.ROOT) + ": " + s)));
        complaint.forEach(s -> evidence.add("complaint: " + s));

        if (!complaint.isEmpty()) {
            return new Classification(null, language, evidence, "a complaint, not (only) a request");
        }
        if (hits.isEmpty()) {
            return new Classification(null, language, evidence, "no request recognised");
        }
        if (hits.size() > 1) {
            return new Classification(null, language, evidence, "several requests: " + String.join(", ",
                    hits.keySet().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList()));
        }
        return new Classification(hits.keySet().iterator().next(), language, evidence, null);
    }

    /** A phrase matches as text; a single stem matches the start of a word. */
    private static boolean matches(String joined, List<String> words, String stem) {
        if (stem.contains(" ")) {
            return joined.contains(" " + stem);
        }
        for (String w : words) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static String language(List<String> words) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, List<String>> l : LANGUAGE_WORDS.entrySet()) {
            int count = 0;
            for (String w : words) {
                if (l.getValue().contains(w)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = l.getKey();
                bestCount = count;
            }
        }
        return bestCount >= 2 ? best : null;
    }
}
