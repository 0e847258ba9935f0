package fi.tietovahti.intake;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.intake.RequestVocabulary.Hit;
import fi.tietovahti.intake.RequestVocabulary.Kind;
import fi.tietovahti.intake.RequestVocabulary.Level;
import fi.tietovahti.intake.ResidentText.Word;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Tells from a message without the request form which request it is (access, erasure, ...) and its language
 * (fi, sv, en), as residents write: inflected, colloquial, without diacritics, with typos, in long stories, above
 * quoted mail. The words and rules come from a vocabulary file the DPO can change without a release
 * ({@code intake/request-vocabulary.txt}, or the file {@code tietovahti.intake.vocabulary} names, read again when it
 * changes); Lucene tokenizes, stems and knows each language's stop words.
 * <p>
 * When in doubt, a person decides: a message that is not clearly one request of the sender's own (none, several,
 * a complaint, on behalf of someone else, forwarded, a question about how to ask) gets no type, and {@code unclear}
 * says why, for the handler's triage task. The words that decided are returned, to be recorded on the case.
 */
@Component
public class RequestClassifier {

    /** Why a message is not one clear request (NONE when it is). */
    public enum Doubt { NONE, NO_REQUEST, SEVERAL, COMPLAINT, THREAT, ON_BEHALF, FORWARDED, QUESTION }

    /** The outcome: a type (or null), a language (or null), the deciding words, and why it is unclear if it is. */
    public record Classification(PrivacyCase.Type type, String language, List<String> evidence, Doubt doubt,
                                 String unclear) {

        public boolean isClear() {
            return type != null;
        }
    }

    public static final String DEFAULT_VOCABULARY = "classpath:intake/request-vocabulary.txt";

    private static final Logger log = LoggerFactory.getLogger(RequestClassifier.class);
    private static final List<Set<String>> STOP_WORDS = List.of(folded(FinnishAnalyzer.getDefaultStopSet()),
            folded(SwedishAnalyzer.getDefaultStopSet()), folded(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    private static final int SV = ResidentText.LANGUAGES.indexOf("sv");

    private final Resource location;
    private volatile RequestVocabulary vocabulary;
    private volatile long readModified;
    private volatile String problem;

    public RequestClassifier(@Value("${tietovahti.intake.vocabulary:" + DEFAULT_VOCABULARY + "}") Resource location) {
        this.location = location;
        // a vocabulary that cannot be read at start-up stops the start: there is no good one to fall back on
        this.vocabulary = read(location);
        this.readModified = modified(location);
    }

    /** The classifier with the vocabulary shipped in the release (tests, the corpus evaluation). */
    public static RequestClassifier standard() {
        return new RequestClassifier(new ClassPathResource("intake/request-vocabulary.txt"));
    }

    /** Why the vocabulary file in use could not be read again after it changed, or null. */
    public String vocabularyProblem() {
        return problem;
    }

    public Classification classify(String subject, String text, String html) {
        RequestVocabulary v = current();
        ResidentText resident = ResidentText.of(subject, text, html, v);
        List<Word> words = resident.allWords();
        Integer byWords = language(words, resident.swedishLetters, v);
        List<Hit> hits = v.find(resident, byWords);
        String language = byWords != null ? ResidentText.LANGUAGES.get(byWords) : languageOfHits(hits);

        List<String> evidence = new ArrayList<>();
        for (Hit h : hits) {
            evidence.add(h.kind().name().toLowerCase(Locale.ROOT)
                    + (h.level() == Level.STRONG ? "" : " (" + h.level().name().toLowerCase(Locale.ROOT) + ")")
                    + ": " + h.words());
        }
        if (resident.forwarded || has(hits, Kind.FORWARDED)) {
            return unclear(language, evidence, Doubt.FORWARDED,
                    "a forwarded message: the requester may be someone else than the sender");
        }
        if (has(hits, Kind.COMPLAINT)) {
            return unclear(language, evidence, Doubt.COMPLAINT, "a complaint, not (only) a request");
        }
        if (has(hits, Kind.THREAT)) {
            return unclear(language, evidence, Doubt.THREAT, "a threat: a person must read it, whatever it asks");
        }
        if (has(hits, Kind.ON_BEHALF)) {
            return unclear(language, evidence, Doubt.ON_BEHALF,
                    "written on behalf of someone else: check the requester's authority");
        }
        // "kopio tiedoista?" above "Miten voin pyytää kopion?": the subject names what the body asks about
        if (has(hits, Kind.QUESTION) && hits.stream().filter(h -> h.kind().isRequest())
                .allMatch(h -> resident.sentences.get(h.sentence()).subject())) {
            return unclear(language, evidence, Doubt.QUESTION, "a question about a request, not a request");
        }
        if (has(hits, Kind.SEVERAL)) {
            return unclear(language, evidence, Doubt.SEVERAL, "several requests: the resident says so");
        }
        // per kind the most it was told: STRONG before WEAK before HINT
        Map<Kind, Level> best = new EnumMap<>(Kind.class);
        for (Hit h : hits) {
            if (h.kind().isRequest()) {
                best.merge(h.kind(), h.level(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Set<Kind> absorbed = new HashSet<>();
        best.forEach((kind, level) -> {
            if (level == Level.STRONG) {
                best.forEach((other, otherLevel) -> {
                    if (otherLevel != Level.STRONG && v.absorbs(kind, other, resident, hits, byWords)
                            || otherLevel == Level.STRONG && v.absorbsEvenStrong(kind, other, resident, hits, byWords)) {
                        absorbed.add(other);
                    }
                });
            } else if (level == Level.WEAK) {
                // a statement that is the only request absorbs a mere mention as a strong one would
                // ("Luottotietoselvitys, jonka teitte minusta ...: pyydän sen hävittämistä")
                best.forEach((other, otherLevel) -> {
                    if (otherLevel == Level.HINT && v.absorbs(kind, other, resident, hits, byWords)) {
                        absorbed.add(other);
                    }
                });
            }
        });
        Set<Kind> requests = new LinkedHashSet<>(best.keySet());
        requests.removeAll(absorbed);
        if (requests.stream().allMatch(k -> best.get(k) == Level.HINT)) {
            return has(hits, Kind.QUESTION)
                    ? unclear(language, evidence, Doubt.QUESTION, "a question about a request, not a request")
                    : unclear(language, evidence, Doubt.NO_REQUEST, "no request recognised");
        }
        // "... and the radiator is cold, please send someone": the request is clear, but someone must pass the rest on
        // (or answer it: "and how long do you keep the data of people who only applied?")
        if (has(hits, Kind.OTHER_MATTER)) {
            return unclear(language, evidence, Doubt.SEVERAL, "a request and another matter (a repair, a booking, "
                    + "a question): a person must answer or pass it on");
        }
        if (requests.size() > 1) {
            return unclear(language, evidence, Doubt.SEVERAL, "several requests: " + String.join(", ",
                    requests.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
        }
        Kind kind = requests.iterator().next();
        return new Classification(PrivacyCase.Type.valueOf(kind.name()), language, evidence, Doubt.NONE, null);
    }

    private static Classification unclear(String language, List<String> evidence, Doubt doubt, String why) {
        return new Classification(null, language, evidence, doubt, why);
    }

    private static boolean has(List<Hit> hits, Kind kind) {
        return hits.stream().anyMatch(h -> h.kind() == kind);
    }

    /**
     * The language most of the words tell: stop words (Lucene's lists) and the vocabulary's greetings and closings;
     * a word that several languages share counts for each in part, å counts for Swedish. Null on a tie or nothing.
     */
    private static Integer language(List<Word> words, boolean swedishLetters, RequestVocabulary v) {
        int n = ResidentText.LANGUAGES.size();
        double[] votes = new double[n];
        boolean[] claims = new boolean[n];
        for (int i = 0; i < words.size(); i++) {
            int k = 0;
            for (int l = 0; l < n; l++) {
                claims[l] = STOP_WORDS.get(l).contains(words.get(i).folded()) || v.isLanguageWord(words, i, l);
                k += claims[l] ? 1 : 0;
            }
            for (int l = 0; l < n; l++) {
                if (claims[l]) {
                    votes[l] += 1.0 / k;
                }
            }
        }
        if (swedishLetters) {
            votes[SV] += 2;
        }
        int best = 0;
        for (int l = 1; l < n; l++) {
            if (votes[l] > votes[best]) {
                best = l;
            }
        }
        for (int l = 0; l < n; l++) {
            if (l != best && votes[l] >= votes[best]) {
                return null;
            }
        }
        return votes[best] >= 1 ? best : null;
    }

    /**
     * A message of a few words ("Registerutdrag", "what data do u have on me"): the language most of its request
     * words tell (a word several languages share counts for each in part), if one does.
     */
    private static String languageOfHits(List<Hit> hits) {
        Map<String, Double> votes = new HashMap<>();
        hits.stream().filter(h -> h.kind().isRequest() && !h.languages().isEmpty()).forEach(h -> h.languages()
                .forEach(l -> votes.merge(l, 1.0 / h.languages().size(), Double::sum)));
        double best = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> leaders = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    private RequestVocabulary current() {
        long modified = modified(location);
        if (modified != readModified) {
            synchronized (this) {
                if (modified != readModified) {
                    try {
                        vocabulary = read(location);
                        problem = null;
                        log.info("Request vocabulary read again from {}", location.getDescription());
                    } catch (RuntimeException e) {
                        problem = e.getMessage();
                        log.error("Request vocabulary {} not used, the last good one stays: {}",
                                location.getDescription(), e.getMessage());
                    }
                    readModified = modified;
                }
            }
        }
        return vocabulary;
    }

    private static RequestVocabulary read(Resource location) {
        try (var reader = new InputStreamReader(location.getInputStream(), StandardCharsets.UTF_8)) {
            return RequestVocabulary.read(reader, location.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("the request vocabulary " + location.getDescription()
                    + " cannot be read", e);
        }
    }

    /** A file's time of change; 0 for a resource inside the release, which does not change. */
    private static long modified(Resource location) {
        try {
            return location.isFile() ? location.getFile().lastModified() : 0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static Set<String> folded(CharArraySet set) {
        Set<String> words = new HashSet<>();
        for (Object o : set) {
            String w = o instanceof char[] c ? new String(c) : o.toString();
            words.add(ResidentText.fold(w.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(words);
    }
}
