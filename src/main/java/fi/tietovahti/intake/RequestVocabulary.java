package fi.tietovahti.intake;

import fi.tietovahti.intake.ResidentText.Word;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and rules by which a request is recognised, read from a text file the DPO can change
 * ({@code intake/request-vocabulary.txt} explains the grammar). Immutable once read; {@link #find} reports which rules
 * a message satisfies and with which of its words.
 */
final class RequestVocabulary implements ResidentText.Cues {

    /**
     * What a rule says of a message: a request of one kind, or a reason that a person must read it; or, for the last
     * three, how a sentence is to be read ({@link #isCue}): the mail program's footer, a question without "?", a
     * question that asks for something.
     */
    enum Kind {
        ACCESS, ERASURE, RECTIFICATION, RESTRICTION, PORTABILITY, OBJECTION, COMPLAINT, ON_BEHALF, FORWARDED,
        SEVERAL, QUESTION, THINGS, THREAT, OTHER_MATTER, FOOTER, ASKS, POLITE, THANKS;

        boolean isRequest() {
            return ordinal() <= OBJECTION.ordinal();
        }

        boolean isCue() {
            return ordinal() >= FOOTER.ordinal();
        }
    }

    /**
     * How much a rule tells. STRONG: a request. WEAK: a statement that is a request when nothing else is ("my address
     * is wrong"). HINT: a mention that never starts a case alone, but next to another request makes the message one
     * of several ("... and then delete them").
     */
    enum Level { STRONG, WEAK, HINT }

    /** A rule satisfied by a sentence, with the words that satisfied it as the resident wrote them. */
    record Hit(Kind kind, Level level, String words, Set<String> languages, int sentence, int start, int end) {
    }

    private enum Shape { EXACT, PREFIX, SUFFIX, CONTAINS }

    /** One word of a term. */
    private record WordPattern(Shape shape, String text, boolean fuzzy, String stem, int language, boolean letters) {

        boolean matches(Word w) {
            // "=ändra*": letters as written, so that Swedish "andra" (other) is not "ändra" (change)
            String f = letters ? w.lower() : w.folded();
            return switch (shape) {
                case EXACT -> f.equals(text) || stem != null && stem.equals(w.stem(language))
                        || fuzzy && Typos.atMostOne(f, text);
                case PREFIX -> f.startsWith(text) || fuzzy && Typos.prefixWithin(f, text);
                case SUFFIX -> f.endsWith(text);
                case CONTAINS -> f.contains(text);
            };
        }
    }

    /** Words that follow each other; {@code language} is the line it was written on (-1: none). */
    private record Term(List<WordPattern> words, int language) {

        boolean matchesAt(List<Word> sentence, int at) {
            if (at + words.size() > sentence.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).matches(sentence.get(at + i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * {@code topic}: a word of it in the subject counts for every sentence of the message. {@code antecedent}: a word
     * of it in the subject or in the sentence just before counts (what "it" refers to: "My old number is still in
     * your records. Please delete it."). {@code pronoun}: its words stand for an antecedent ("it", "den",
     * "laittakaa tämä"); in a request's rule with such a part, an antecedent's word may also stand far before the rest
     * in the sentence.
     */
    private record Concept(String name, boolean negatable, boolean topic, boolean antecedent, boolean pronoun,
                           List<Term> terms, List<Term> exclusions) {
    }

    private record Rule(Kind kind, Level level, List<Concept> parts, int window, int line) {
    }

    /** Where a concept's word stands in a sentence. */
    private record Occurrence(int start, int end, String text, int language) {
    }

    /** How many words from a thing in the building a request counts as about that thing. */
    private static final int THINGS_REACH = 6;
    /** Words that open a that-clause (folded), in the three languages. */
    private static final Set<String> THAT = Set.of("etta", "att", "that");

    /** How many words from a sentence's start a polite request may begin ("Hei, voisitteko ..."). */
    private static final int POLITE_REACH = 3;

    private final List<Rule> rules;
    private final Map<Kind, List<Rule>> cues;
    private final Map<Kind, Map<Kind, Optional<List<Concept>>>> absorbs;
    private final Map<Kind, Map<Kind, Optional<List<Concept>>>> absorbsStrong;
    private final List<Term> negations;
    private final List<Term> conjunctions;
    private final List<List<Term>> languageWords;

    private RequestVocabulary(List<Rule> rules, Map<Kind, Map<Kind, Optional<List<Concept>>>> absorbs,
                              Map<Kind, Map<Kind, Optional<List<Concept>>>> absorbsStrong, List<Term> negations,
                              List<Term> conjunctions, List<List<Term>> languageWords) {
        this.rules = rules.stream().filter(r -> !r.kind.isCue()).toList();
        this.cues = new EnumMap<>(Kind.class);
        rules.stream().filter(r -> r.kind.isCue())
                .forEach(r -> cues.computeIfAbsent(r.kind, k -> new ArrayList<>()).add(r));
        this.absorbs = absorbs;
        this.absorbsStrong = absorbsStrong;
        this.negations = negations;
        this.conjunctions = conjunctions;
        this.languageWords = languageWords;
    }

    /** The sentence is the start of a mail footer's legal notice (a FOOTER rule holds). */
    @Override
    public boolean footer(List<Word> sentence) {
        return !cueOccurrences(Kind.FOOTER, sentence).isEmpty();
    }

    /** The sentence asks though it has no question mark (an ASKS rule holds: "mietin, mitä tietoja ..."). */
    @Override
    public boolean asks(List<Word> sentence) {
        return !cueOccurrences(Kind.ASKS, sentence).isEmpty();
    }

    /** The sentence thanks or acknowledges (a THANKS rule holds: "Kiitos!", "ok, noted"). */
    @Override
    public boolean thanks(List<Word> sentence) {
        return !cueOccurrences(Kind.THANKS, sentence).isEmpty();
    }

    /**
     * The question asks for something (a POLITE rule holds with its words near the sentence's start, at a clause's
     * start or after a conjunction there): "Voisitteko poistaa tietoni?", "Tässä uusi numero, voisitteko päivittää?",
     * not "Onko teillä tietoja, joita voisitte ...?".
     */
    @Override
    public boolean asksFor(List<Word> sentence) {
        for (List<Occurrence> found : cueOccurrences(Kind.POLITE, sentence)) {
            int at = found.stream().mapToInt(Occurrence::start).min().orElse(0);
            if (at <= POLITE_REACH || sentence.get(at).clauseStart()
                    || sentence.get(at - 1).clauseStart() && isConjunction(sentence, at - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Every way the cue's rules hold in the sentence (one per rule that holds). */
    private List<List<Occurrence>> cueOccurrences(Kind kind, List<Word> sentence) {
        List<List<Occurrence>> found = new ArrayList<>();
        Map<Concept, List<Occurrence>> seen = new HashMap<>();
        for (Rule rule : cues.getOrDefault(kind, List.of())) {
            List<Occurrence> chosen = satisfied(rule, sentence, seen, null, null, null, new ArrayList<>());
            if (chosen != null) {
                found.add(chosen);
            }
        }
        return found;
    }

    private boolean isConjunction(List<Word> words, int at) {
        for (Term t : conjunctions) {
            if (t.matchesAt(words, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does a request {@code a} (it has strong hits) take in the weak evidence of {@code b}? With a condition, only if
     * a word of the condition's concept stands among (or next to) the words of one of a's strong hits: "delete my
     * newsletter data" erases what an unsubscribe would stop, "delete my account and stop the newsletter" is two.
     */
    boolean absorbs(Kind a, Kind b, ResidentText text, List<Hit> hits, Integer language) {
        Optional<List<Concept>> when = absorbs.getOrDefault(a, Map.of()).get(b);
        if (when == null) {
            return false;
        }
        return whenHolds(when, a, b, text, hits, language);
    }

    private boolean whenHolds(Optional<List<Concept>> when, Kind a, Kind b, ResidentText text, List<Hit> hits,
                              Integer language) {
        // the condition's word next to the request's words ("radera mina uppgifter i nyhetsbrevet"), and not one
        // that B's own evidence uses ("lopettakaa markkinointi ja poistakaa tietoni" is two requests)
        // nor one before A's words with "and" between ("avsluta nyhetsbrevet och radera mitt konto": two requests)
        return when.isEmpty() || hits.stream().filter(h -> h.kind == a && h.level == Level.STRONG).anyMatch(h ->
                when.get().stream().flatMap(c -> occurrences(c, text.sentences.get(h.sentence).words(), language)
                                .stream())
                        .anyMatch(o -> o.end >= h.start - 3 && o.start <= h.end + 3
                                && (h.start <= o.start && o.end <= h.end || hits.stream().noneMatch(
                                other -> other.kind == b && other.sentence == h.sentence && other.start <= o.start
                                        && o.end <= other.end))
                                && !joinedBefore(text.sentences.get(h.sentence).words(), o.end, h.start)));
    }

    /** A conjunction ("and") between the end of one part of a sentence and the start of the next. */
    private boolean joinedBefore(List<Word> words, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
            if (isConjunction(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "absorb A B even strong": B's strong evidence is absorbed too, when every hit of B stands in a sentence with a
     * strong hit of A ("send me my data in a machine-readable format" asks for portability, not also for access);
     * with "when C", only if a word of C stands among A's words, as for {@link #absorbs} ("a copy of everything, and
     * transfer my data to my new landlord" is two requests; "my data as a file I can open" is one).
     */
    boolean absorbsEvenStrong(Kind a, Kind b, ResidentText text, List<Hit> hits, Integer language) {
        Optional<List<Concept>> when = absorbsStrong.getOrDefault(a, Map.of()).get(b);
        if (when == null) {
            return false;
        }
        return hits.stream().filter(h -> h.kind == b).allMatch(h -> hits.stream().anyMatch(o -> o.kind == a
                && o.level == Level.STRONG && o.sentence == h.sentence)) && whenHolds(when, a, b, text, hits, language);
    }

    /** Is the word one of the vocabulary's words that tell the language (0 fi, 1 sv, 2 en)? */
    boolean isLanguageWord(List<Word> words, int at, int language) {
        for (Term t : languageWords.get(language)) {
            if (t.matchesAt(words, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every rule the text satisfies, sentence by sentence. A sentence that asks how to make a request (QUESTION)
     * makes none; in a question (not a polite request) only asking what data there is counts: "is it deleted
     * automatically?" asks, "what data do you have about me?" requests. A subject that ends in "?" names its topic. Negations count only in the message's language ({@code language}, or any if unknown).
     */
    List<Hit> find(ResidentText text, Integer language) {
        List<Hit> hits = new ArrayList<>();
        ResidentText.Sentence subject = text.sentences.isEmpty() || !text.sentences.get(0).subject() ? null
                : text.sentences.get(0);
        Map<Concept, List<Occurrence>> inSubject = new HashMap<>();
        for (int index = 0; index < text.sentences.size(); index++) {
            ResidentText.Sentence said = text.sentences.get(index);
            if (said.replySubject()) {
                continue;
            }
            List<Word> sentence = said.words();
            List<Word> before = index == 0 || text.sentences.get(index - 1) == subject ? null
                    : text.sentences.get(index - 1).words();
            Map<Concept, List<Occurrence>> seen = new HashMap<>();
            Map<Concept, List<Occurrence>> inBefore = new HashMap<>();
            List<Hit> inSentence = new ArrayList<>();
            List<Occurrence> things = new ArrayList<>();
            boolean question = false;
            for (Rule rule : rules) {
                List<String> context = new ArrayList<>();
                List<Occurrence> chosen = satisfied(rule, sentence, seen, language,
                        said == subject || subject == null ? null : c -> inSubject.computeIfAbsent(c,
                                k -> occurrences(k, subject.words(), language)),
                        before == null ? null : c -> inBefore.computeIfAbsent(c,
                                k -> occurrences(k, before, language)), context);
                if (chosen != null) {
                    // a how-to question makes no request
                    question |= rule.kind == Kind.QUESTION;
                    if (rule.kind == Kind.THINGS) {
                        things.addAll(chosen);
                    }
                    List<String> words = new ArrayList<>(chosen.stream().map(Occurrence::text).toList());
                    words.addAll(context);
                    inSentence.add(new Hit(rule.kind, rule.level, String.join(" + ", words),
                            languagesOf(rule, sentence, seen), index,
                            chosen.stream().mapToInt(Occurrence::start).min().orElse(0),
                            chosen.stream().mapToInt(Occurrence::end).max().orElse(0)));
                }
            }
            for (Hit h : inSentence) {
                // requests near a thing in the building (a door sign, the laundry board) are the caretaker's job:
                // "Uppgifterna på tavlan ska rättas"; elsewhere in a long sentence they still count
                boolean aboutThings = h.kind.isRequest() && things.stream()
                        .anyMatch(t -> t.end >= h.start - THINGS_REACH && t.start <= h.end + THINGS_REACH);
                if ((!question || !h.kind.isRequest()) && !aboutThings
                        && !(said.question() && (h.level != Level.STRONG
                                || !said.subject() && h.kind.isRequest() && h.kind != Kind.ACCESS))) {
                    hits.add(h);
                }
            }
        }
        // "Name spelt wrong" above "My surname is wrong on the entry phone panel. Could you get it corrected?": when the
        // body's only business is a thing in the building, the subject's statement names that thing's matter
        if (subject != null && hits.stream().anyMatch(h -> h.kind == Kind.THINGS && h.sentence != 0)
                && hits.stream().noneMatch(h -> h.kind.isRequest() && h.sentence != 0)) {
            hits.removeIf(h -> h.kind.isRequest() && h.sentence == 0 && h.level != Level.STRONG);
        }
        return hits;
    }

    private Set<String> languagesOf(Rule rule, List<Word> sentence, Map<Concept, List<Occurrence>> seen) {
        Set<String> languages = new HashSet<>();
        for (Concept c : rule.parts) {
            for (Occurrence o : seen.get(c)) {
                if (o.language >= 0) {
                    languages.add(ResidentText.LANGUAGES.get(o.language));
                }
            }
        }
        return languages;
    }

    /**
     * The words that satisfy the rule in the sentence, one per part, or null. A topic concept missing from the
     * sentence may come from the subject ({@code subject} null: not here), an antecedent one also from the sentence
     * before; their words go to {@code context}.
     */
    private List<Occurrence> satisfied(Rule rule, List<Word> sentence, Map<Concept, List<Occurrence>> seen,
                                       Integer language,
                                       java.util.function.Function<Concept, List<Occurrence>> subject,
                                       java.util.function.Function<Concept, List<Occurrence>> before,
                                       List<String> context) {
        List<List<Occurrence>> found = new ArrayList<>();
        List<Concept> foundFor = new ArrayList<>();
        // an antecedent's word in the sentence but too far from the rest may not be what "it" stands for: "Tulotiedot
        // ovat väärät. Korjatkaa ne, ja ... ettei hakemustani käsitellä virheellisten tietojen pohjalta."
        List<Concept> fromBefore = new ArrayList<>();
        for (Concept c : rule.parts) {
            if (c.antecedent && before != null && !before.apply(c).isEmpty()) {
                fromBefore.add(c);
            }
        }
        for (Concept c : rule.parts) {
            List<Occurrence> o = seen.computeIfAbsent(c, k -> occurrences(k, sentence, language));
            if (o.isEmpty() && (c.topic || c.antecedent) && subject != null && !subject.apply(c).isEmpty()) {
                context.add(subject.apply(c).get(0).text + " (subject)");
                continue;
            }
            if (o.isEmpty() && c.antecedent && before != null && !before.apply(c).isEmpty()) {
                context.add(before.apply(c).get(0).text + " (sentence before)");
                continue;
            }
            if (o.isEmpty()) {
                return null;
            }
            found.add(o);
            foundFor.add(c);
        }
        if (found.isEmpty()) {
            return null;
        }
        List<Occurrence> chosen = new ArrayList<>();
        if (choose(found, 0, chosen, rule.window)) {
            return chosen;
        }
        // what "it" stands for may stand far before it in its own sentence ("ja ha en gammal bostadsansökan hos er
        // som int e aktuell mera, ta bort den": a request's rule with a pronoun), or in the sentence before when the
        // sentence's own words stand after
        List<List<Occurrence>> rest = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (!foundFor.get(i).antecedent) {
                rest.add(found.get(i));
            }
        }
        if (rest.isEmpty() || rest.size() == found.size() || !choose(rest, 0, chosen, rule.window)) {
            return null;
        }
        int first = chosen.stream().mapToInt(Occurrence::start).min().orElse(0);
        int last = chosen.stream().mapToInt(Occurrence::end).max().orElse(0);
        List<String> referents = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Concept c = foundFor.get(i);
            if (!c.antecedent) {
                continue;
            }
            Occurrence earlier = !rule.kind.isRequest() || rule.parts.stream().noneMatch(Concept::pronoun) ? null
                    : found.get(i).stream().filter(o -> o.end < first).reduce((a, b) -> b).orElse(null);
            if (earlier != null) {
                chosen.add(earlier);
            } else if (fromBefore.contains(c) && found.get(i).stream().allMatch(o -> o.start > last)) {
                referents.add(before.apply(c).get(0).text + " (sentence before)");
            } else {
                return null;
            }
        }
        context.addAll(referents);
        return chosen;
    }

    /** One occurrence per part, all within the window. */
    private static boolean choose(List<List<Occurrence>> found, int part, List<Occurrence> chosen, int window) {
        if (part == found.size()) {
            return true;
        }
        for (Occurrence o : found.get(part)) {
            boolean fits = true;
            for (Occurrence c : chosen) {
                int span = Math.max(o.end, c.end) - Math.min(o.start, c.start);
                if (span > window || overlaps(o, c)) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                chosen.add(o);
                if (choose(found, part + 1, chosen, window)) {
                    return true;
                }
                chosen.remove(chosen.size() - 1);
            }
        }
        return false;
    }

    private static boolean overlaps(Occurrence a, Occurrence b) {
        return a.start <= b.end && b.start <= a.end;
    }

    private List<Occurrence> occurrences(Concept concept, List<Word> sentence, Integer language) {
        boolean[] excluded = new boolean[sentence.size()];
        for (Term t : concept.exclusions) {
            for (int i = 0; i < sentence.size(); i++) {
                if (t.matchesAt(sentence, i)) {
                    for (int j = i; j < i + t.words.size(); j++) {
                        excluded[j] = true;
                    }
                }
            }
        }
        List<Occurrence> found = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            for (Term t : concept.terms) {
                int end = i + t.words.size() - 1;
                if (!t.matchesAt(sentence, i) || anyExcluded(excluded, i, end)
                        || concept.negatable && negated(sentence, i, language)) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int j = i; j <= end; j++) {
                    text.append(j > i ? " " : "").append(sentence.get(j).lower());
                }
                found.add(new Occurrence(i, end, text.toString(), t.language));
                break;
            }
        }
        return found;
    }

    private static boolean anyExcluded(boolean[] excluded, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (excluded[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation among the four words before, in the same clause: "älkää poistako", "I don't want you to delete";
     * not "vanha ei ole käytössä, päivittäkää".
     */
    private boolean negated(List<Word> sentence, int at, Integer language) {
        int from = Math.max(0, at - 4);
        for (int i = at; i > from; i--) {
            if (sentence.get(i).clauseStart()) {
                from = i;
                break;
            }
        }
        // "En halua, että tietojani poistetaan": a that-clause carries the negation of the clause it depends on
        if (THAT.contains(sentence.get(from).folded())) {
            from = Math.max(0, from - 3);
        }
        // Swedish negates after the verb: "Radera inte", "Ta inte bort"
        int to = at + 1 < sentence.size() && !sentence.get(at + 1).clauseStart() ? at + 1 : at - 1;
        for (int i = from; i <= to; i++) {
            for (Term n : negations) {
                if (i != at && (language == null || n.language == language) && n.matchesAt(sentence, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- reading the file ----------------------------------------------------------------------------------------

    private static final Pattern RULE = Pattern.compile(
            "rule\\s+([A-Z_]+)(\\s+(weak|hint))?\\s*:\\s*(.+?)(\\s+within\\s+(\\d+))?");
    private static final Pattern LANGUAGE_LINE = Pattern.compile("(fi|sv|en|not)\\s*:\\s*(.*)");

    /** Reads a vocabulary; a mistake is refused with its line number ({@link IllegalArgumentException}). */
    static RequestVocabulary read(Reader source, String name) throws IOException {
        return new Reader2(name).read(new BufferedReader(source));
    }

    /** The reading state: the section a language line belongs to. */
    private static final class Reader2 {
        private final String name;
        private final ResidentText.Stemmers stemmers = new ResidentText.Stemmers();
        private final Map<String, Concept> concepts = new LinkedHashMap<>();
        private final List<Rule> rules = new ArrayList<>();
        private final Map<Kind, Map<Kind, Optional<List<Concept>>>> absorbs = new EnumMap<>(Kind.class);
        private final Map<Kind, Map<Kind, Optional<List<Concept>>>> absorbsStrong = new EnumMap<>(Kind.class);
        private final List<String[]> absorbLines = new ArrayList<>();
        private final List<Term> negations = new ArrayList<>();
        private final List<Term> conjunctions = new ArrayList<>();
        private final List<List<Term>> languageWords = List.of(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        private int window = 12;
        private String section;
        private Concept concept;
        private int lineNumber;

        Reader2(String name) {
            this.name = name;
        }

        RequestVocabulary read(BufferedReader in) throws IOException {
            String raw;
            List<String[]> ruleLines = new ArrayList<>();
            while ((raw = in.readLine()) != null) {
                lineNumber++;
                String line = raw.replaceFirst("\\s*#.*$", "").strip();
                if (line.isEmpty()) {
                    continue;
                }
                Matcher lang = LANGUAGE_LINE.matcher(line);
                if (lang.matches()) {
                    languageLine(lang.group(1), lang.group(2));
                } else if (line.startsWith("window ")) {
                    window = number(line.substring(7).strip());
                } else if (line.equals("negation") || line.equals("conjunction") || line.equals("language")) {
                    section = line;
                    concept = null;
                } else if (line.startsWith("concept ")) {
                    concept(line.substring(8).strip());
                } else if (line.startsWith("rule ")) {
                    ruleLines.add(new String[] {line, Integer.toString(lineNumber)});
                    section = null;
                    concept = null;
                } else if (line.startsWith("absorb ")) {
                    absorbLines.add(new String[] {line, Integer.toString(lineNumber)});
                } else {
                    throw error("not a statement of the vocabulary: " + line);
                }
            }
            for (String[] r : ruleLines) {
                lineNumber = Integer.parseInt(r[1]);
                rule(r[0]);
            }
            for (String[] a : absorbLines) {
                lineNumber = Integer.parseInt(a[1]);
                absorb(a[0]);
            }
            if (rules.stream().noneMatch(r -> r.kind.isRequest())) {
                throw error("no rule for any request");
            }
            return new RequestVocabulary(List.copyOf(rules), absorbs, absorbsStrong, List.copyOf(negations),
                    List.copyOf(conjunctions), languageWords.stream().map(List::copyOf).toList());
        }

        private void concept(String header) {
            String[] parts = header.split("\\s+");
            java.util.Set<String> flags = new java.util.HashSet<>(List.of(parts).subList(1, parts.length));
            if (!Set.of("negatable", "topic", "antecedent", "pronoun").containsAll(flags)
                    || flags.size() != parts.length - 1) {
                throw error("concept NAME [negatable] [topic] [antecedent] [pronoun]: " + header);
            }
            if (concepts.containsKey(parts[0])) {
                throw error("concept " + parts[0] + " is defined twice");
            }
            concept = new Concept(parts[0], flags.contains("negatable"), flags.contains("topic"),
                    flags.contains("antecedent"), flags.contains("pronoun"), new ArrayList<>(), new ArrayList<>());
            concepts.put(parts[0], concept);
            section = "concept";
        }

        private void languageLine(String language, String terms) {
            if (section == null) {
                throw error("a \"" + language + ":\" line belongs under concept, negation, conjunction or language");
            }
            int l = ResidentText.LANGUAGES.indexOf(language);
            List<Term> into;
            if ("not".equals(language)) {
                if (concept == null) {
                    throw error("\"not:\" belongs under a concept");
                }
                into = concept.exclusions;
            } else if (concept != null) {
                into = concept.terms;
            } else if ("negation".equals(section)) {
                into = negations;
            } else if ("conjunction".equals(section)) {
                into = conjunctions;
            } else {
                into = languageWords.get(l);
            }
            for (String t : terms.split(",")) {
                if (!t.isBlank()) {
                    into.add(term(t.strip(), l));
                }
            }
        }

        private Term term(String text, int language) {
            List<WordPattern> words = new ArrayList<>();
            for (String w : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (!w.isEmpty()) {
                    words.add(word(w, language));
                }
            }
            if (words.isEmpty()) {
                throw error("an empty term");
            }
            return new Term(List.copyOf(words), language);
        }

        private WordPattern word(String w, int language) {
            boolean letters = w.startsWith("=");
            String unmarked = letters ? w.substring(1) : w;
            boolean fuzzy = unmarked.endsWith("~");
            String s = fuzzy ? unmarked.substring(0, unmarked.length() - 1) : unmarked;
            boolean head = s.startsWith("*");
            boolean tail = s.endsWith("*");
            String core = s.substring(head ? 1 : 0, s.length() - (tail && s.length() > 1 ? 1 : 0));
            if (core.isEmpty() || core.contains("*")) {
                throw error("a word is letters, with * only at its start or end: " + w);
            }
            Shape shape = head && tail ? Shape.CONTAINS : head ? Shape.SUFFIX : tail ? Shape.PREFIX : Shape.EXACT;
            String folded = letters ? core : ResidentText.fold(core);
            if (fuzzy && (folded.length() < 6 || shape == Shape.SUFFIX || shape == Shape.CONTAINS)) {
                throw error("~ (one typo) needs a word or a start of 6 letters or more: " + w);
            }
            String stem = null;
            // Snowball's Finnish stems are too coarse for this ("välillä" and "valitan" share one): Finnish terms
            // name their forms with * instead
            if (shape == Shape.EXACT && language > 0) {
                List<Word> parsed = ResidentText.words(core, stemmers);
                stem = parsed.size() == 1 ? parsed.get(0).stem(language) : null;
            }
            return new WordPattern(shape, folded, fuzzy, letters ? null : stem, Math.max(language, 0), letters);
        }

        private void absorb(String line) {
            String[] words = line.substring(7).strip().split("\\s+");
            // one line a pair: a second would silently replace the first's condition (and an "even strong" line
            // already takes the pair's weak evidence in)
            if (words.length >= 2 && absorbs.getOrDefault(kind(words[0]), Map.of()).containsKey(kind(words[1]))) {
                throw error("absorb " + words[0] + " " + words[1] + " is given twice; one line a pair (an \"even "
                        + "strong\" line takes weak evidence in too)");
            }
            if (words.length >= 4 && words[2].equals("even") && words[3].equals("strong")) {
                if (words.length != 4 && !(words.length == 6 && words[4].equals("when"))) {
                    throw error("absorb KIND KIND even strong [when CONCEPT]: " + line);
                }
                Optional<List<Concept>> when = Optional.empty();
                if (words.length == 6) {
                    when = Optional.of(condition(words[5]));
                }
                absorbsStrong.computeIfAbsent(kind(words[0]), k -> new EnumMap<>(Kind.class)).put(kind(words[1]), when);
                // weak evidence of B is taken in whatever the condition (it never made a request of its own)
                absorbs.computeIfAbsent(kind(words[0]), k -> new EnumMap<>(Kind.class)).put(kind(words[1]),
                        Optional.empty());
                return;
            }
            if (words.length != 2 && !(words.length == 4 && words[2].equals("when"))) {
                throw error("absorb KIND KIND [when CONCEPT | even strong [when CONCEPT]]: " + line);
            }
            Optional<List<Concept>> when = Optional.empty();
            if (words.length == 4) {
                when = Optional.of(condition(words[3]));
            }
            absorbs.computeIfAbsent(kind(words[0]), k -> new EnumMap<>(Kind.class)).put(kind(words[1]), when);
        }

        /** A condition's concept, or several joined by "|": a word of any of them (each read with its own "not:"). */
        private List<Concept> condition(String names) {
            List<Concept> any = new ArrayList<>();
            for (String name : names.split("\\|", -1)) {
                Concept c = concepts.get(name);
                if (c == null) {
                    throw error("no concept named \"" + name + "\"");
                }
                any.add(c);
            }
            return List.copyOf(any);
        }

        private void rule(String line) {
            Matcher m = RULE.matcher(line);
            if (!m.matches()) {
                throw error("rule KIND [weak|hint]: CONCEPT + CONCEPT [within N]: " + line);
            }
            List<Concept> parts = new ArrayList<>();
            for (String p : m.group(4).split("\\+")) {
                Concept c = concepts.get(p.strip());
                if (c == null) {
                    throw error("no concept named \"" + p.strip() + "\"");
                }
                parts.add(c);
            }
            Level level = m.group(3) == null ? Level.STRONG : Level.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            Kind kind = kind(m.group(1));
            if (kind.isCue() && level != Level.STRONG) {
                throw error("a " + kind + " rule is neither weak nor hint: " + line);
            }
            rules.add(new Rule(kind, level, List.copyOf(parts),
                    m.group(6) == null ? window : number(m.group(6)), lineNumber));
        }

        private Kind kind(String s) {
            try {
                return Kind.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw error("no such kind: " + s);
            }
        }

        private int number(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error("not a number: " + s);
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(name + " line " + lineNumber + ": " + message);
        }
    }

    /** Damerau-Levenshtein distance of at most one: the typos residents make. */
    static final class Typos {

        private Typos() {
        }

        static boolean atMostOne(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            int la = a.length();
            int lb = b.length();
            if (Math.abs(la - lb) > 1) {
                return false;
            }
            int i = 0;
            while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (la == lb) {
                // one substitution, or two neighbours swapped
                return a.substring(i + 1).equals(b.substring(i + 1))
                        || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2));
            }
            return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
        }

        /** Does the word start with the prefix, give or take one typo? */
        static boolean prefixWithin(String word, String prefix) {
            int n = prefix.length();
            for (int k = n - 1; k <= n + 1; k++) {
                if (k <= word.length() && k > 0 && atMostOne(word.substring(0, k), prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
