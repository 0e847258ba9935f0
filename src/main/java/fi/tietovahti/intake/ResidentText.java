package fi.tietovahti.intake;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * What a resident wrote in a message, as the request classifier reads it: the subject without reply prefixes and the
 * sender's own text, without the earlier mail quoted below it (Outlook's "Lähettäjä:/Från:/From:" block,
 * "-----Original Message-----", Gmail's "... wrote:", "> " lines, HTML blockquotes), in sentences of words.
 * <p>
 * Words come from Lucene's standard tokenizer (Unicode word boundaries), in lower case, each also with its letters
 * folded to ASCII (residents type "tietaa" for "tietää") and its Snowball stem in Finnish, Swedish and English.
 */
final class ResidentText {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** One word: as written (lower case), folded to ASCII, and its folded stem per language (fi, sv, en). */
    record Word(String lower, String folded, String[] stems, boolean clauseStart) {

        String stem(int language) {
            return stems[language];
        }
    }

    /**
     * A sentence's words; {@code question}: it ends with a question mark and is not a polite request;
     * {@code subject}: it is the message's subject; {@code replySubject}: the subject of a reply that says something of
     * its own, which sets the topic but asks for nothing (a reply of a name only asks what its subject says).
     */
    record Sentence(List<Word> words, boolean question, boolean subject, boolean replySubject) {
    }

    /**
     * How a sentence is to be read, from the request vocabulary (its FOOTER, ASKS and POLITE rules), so that the DPO
     * can change it with the rest of the words.
     */
    interface Cues {

        /**
         * A mail footer's legal notice ("If you received this message in error, please delete it"): the sender's
         * client wrote it, not the sender, and its "delete" or "copy" is no request. It and everything after it are
         * left out.
         */
        boolean footer(List<Word> sentence);

        /** It asks without a question mark: "Mietin, mitä tietoja keräätte". */
        boolean asks(List<Word> sentence);

        /** A question that asks for something ("Voisitteko poistaa tietoni?") is a request, not a question. */
        boolean asksFor(List<Word> sentence);

        /**
         * It thanks or acknowledges ("Kiitos!", "ok, noted"): a reply that says only this answers the earlier letter,
         * and that letter's subject is still no request of the resident's.
         */
        boolean thanks(List<Word> sentence);
    }

    /** Own text of at most this many words is a greeting or a name, not something said. */
    private static final int NAME_ONLY = 3;

    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^\\s*((re|sv|vs|aw|vast|antw|fwd?|vl|vb|tr|wg)\\s*(\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_PREFIX = Pattern.compile("^\\s*(re\\s*:\\s*)*(fwd?|vl|vb|tr|wg)\\s*:",
            Pattern.CASE_INSENSITIVE);
    /** Separators mail programs put above a forwarded message. */
    private static final Pattern FORWARD_SEPARATOR = Pattern.compile(
            "^[-_=\\s]*(forwarded message|begin forwarded message|välitetty viesti|vidarebefordrat meddelande|"
                    + "message transféré|weitergeleitete nachricht)[-_=\\s:]*$", Pattern.CASE_INSENSITIVE);
    /** Separators above quoted earlier mail (Outlook writes the same one above replies and forwards). */
    private static final Pattern QUOTE_SEPARATOR = Pattern.compile(
            "^[-_=\\s]*(original message|alkuperäinen viesti|ursprungligt meddelande|message d'origine|"
                    + "ursprüngliche nachricht)[-_=\\s:]*$", Pattern.CASE_INSENSITIVE);
    /** The first line of a quoted message's header block (Outlook), in the languages residents' clients use. */
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(from|lähettäjä|från|de|von|van)\\s*:\\*?\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_OTHER = Pattern.compile(
            "(^|\\s)\\*?(sent|date|to|subject|lähetetty|vastaanottaja|aihe|päivämäärä|skickat|till|ämne|datum|"
                    + "envoyé|à|objet|gesendet|an|betreff)\\s*:", Pattern.CASE_INSENSITIVE);
    /** The subject line in a quoted header block ("Aihe: ...", "> Subject: ..."). */
    private static final Pattern QUOTED_SUBJECT = Pattern.compile(
            "^[\\s>]*\\*?(subject|aihe|ämne|objet|betreff)\\*?\\s*:\\*?(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** Gmail, Apple Mail and others: "On Mon, 19 Jan 2026 at 10:02, Heka <…> wrote:" and its translations. */
    private static final Pattern WROTE = Pattern.compile("(wrote|kirjoitti|skrev|a écrit|schrieb)\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE);
    // an emoji ends a sentence as a full stop does ("löysin jo kämpän 😅 voisko sen tilin poistaa")
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\p{So}+\\s+");

    final String subject;
    final List<Sentence> sentences;
    /** The subject is a forward's, or the text carries a forwarded message. */
    final boolean forwarded;
    /** The own text has the letter å, which Finnish does not use. */
    final boolean swedishLetters;

    private ResidentText(String subject, List<Sentence> sentences, boolean forwarded, boolean swedishLetters) {
        this.subject = subject;
        this.sentences = sentences;
        this.forwarded = forwarded;
        this.swedishLetters = swedishLetters;
    }

    static ResidentText of(String subject, String text, String html, Cues cues) {
        String s = normalise(subject == null ? "" : subject);
        boolean forwarded = FORWARD_PREFIX.matcher(s).find();
        // a reply's subject is the earlier letter's ("RE: wrong phone number"): the topic, not the new request
        boolean reply = !forwarded && REPLY_PREFIX.matcher(s).find();
        s = REPLY_PREFIX.matcher(s).replaceFirst("").strip();
        String body = text != null && !text.isBlank() ? normalise(text) : normalise(withoutQuotedHtml(html));
        Own own = ownText(body);
        forwarded |= own.forwarded;

        Stemmers stemmers = new Stemmers();
        List<Sentence> said = new ArrayList<>();
        for (String sentence : sentences(own.text)) {
            List<Word> words = words(sentence, stemmers);
            if (cues.footer(words)) {
                break;
            }
            add(said, sentence, words, cues, false, false);
        }
        // a reply whose own text is empty or a name: the resident wrote what the subject says ("Re: Resident news
        // June - please remove me from the mailing list" above the quoted newsletter); a reply that only thanks
        // ("Kiitos!" to "Päivitä yhteystietosi OmaHekassa") wrote nothing of the subject, nor did one whose quoted
        // header shows the subject unchanged
        boolean onlySubject = said.stream().mapToInt(b -> b.words().size()).sum() <= NAME_ONLY
                && said.stream().noneMatch(b -> cues.thanks(b.words())) && !s.equalsIgnoreCase(quotedSubject(body));
        List<Sentence> sentences = new ArrayList<>();
        if (!s.isEmpty()) {
            add(sentences, s, words(s, stemmers), cues, true, reply && !onlySubject);
        }
        sentences.addAll(said);
        String lower = (s + " " + own.text).toLowerCase(Locale.ROOT);
        return new ResidentText(s, List.copyOf(sentences), forwarded, lower.indexOf('å') >= 0);
    }

    private static void add(List<Sentence> into, String sentence, List<Word> words, Cues cues, boolean subject,
                            boolean reply) {
        if (!words.isEmpty()) {
            boolean asks = sentence.strip().endsWith("?") || cues.asks(words);
            into.add(new Sentence(words, asks && !cues.asksFor(words), subject, subject && reply));
        }
    }

    List<Word> allWords() {
        return sentences.stream().flatMap(sentence -> sentence.words().stream()).toList();
    }

    private record Own(String text, boolean forwarded) {
    }

    /** The sender's own lines: everything above the first sign of quoted or forwarded mail. */
    static Own ownText(String body) {
        String[] lines = body.split("\\r?\\n", -1);
        StringBuilder own = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(">")) {
                continue;
            }
            if (FORWARD_SEPARATOR.matcher(line).matches()) {
                return new Own(own.toString(), true);
            }
            if (QUOTE_SEPARATOR.matcher(line).matches() || "--".equals(line) || WROTE.matcher(line).find()
                    || HEADER_FROM.matcher(line).find() && headerFollows(lines, i)) {
                break;
            }
            own.append(lines[i]).append('\n');
        }
        return new Own(own.toString(), false);
    }

    /** The subject line of the quoted earlier mail's header block (Outlook's "Aihe:"/"Subject:"), or "" if none. */
    private static String quotedSubject(String body) {
        Matcher m = QUOTED_SUBJECT.matcher(body);
        return m.find() ? REPLY_PREFIX.matcher(m.group(2).strip()).replaceFirst("").strip() : "";
    }

    /** A "From:" line starts a quoted header block only when another header line follows it (or shares its line). */
    private static boolean headerFollows(String[] lines, int from) {
        String first = lines[from].replaceFirst("^\\W*\\w+\\s*:", "");
        if (HEADER_OTHER.matcher(first).find()) {
            return true;
        }
        for (int i = from + 1; i < lines.length && i <= from + 3; i++) {
            if (HEADER_OTHER.matcher(lines[i].strip()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** HTML mail's text without the quoted parts that HTML marks as such. */
    private static String withoutQuotedHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        doc.select("blockquote, .gmail_quote, .moz-cite-prefix, #divRplyFwdMsg ~ *, #divRplyFwdMsg").remove();
        return MailText.plain(doc.body().html());
    }

    /**
     * Sentences: a hard-wrapped line goes on in the next (a long line without an end mark); a short line (a
     * greeting, a signature) stands alone; within a line, sentences end at . ! ? ;
     */
    static List<String> sentences(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            current.append(current.isEmpty() ? "" : " ").append(line);
            if (line.length() < 50 || line.matches(".*[.!?:;]$")) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        List<String> sentences = new ArrayList<>();
        for (String p : paragraphs) {
            for (String s : SENTENCE_END.split(p)) {
                if (!s.isBlank()) {
                    sentences.add(s);
                }
            }
        }
        return sentences;
    }

    private static void flush(StringBuilder current, List<String> into) {
        if (!current.isEmpty()) {
            into.add(current.toString());
            current.setLength(0);
        }
    }

    /** Full-width letters and other compatibility forms as their plain letters; typographic apostrophes as '. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u02bc', '\'')
                .replace('\u00ad', '-');
    }

    /** Words of a vocabulary term or a sentence, by the same tokenizer. */
    static List<Word> words(String text, Stemmers stemmers) {
        List<Word> words = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(normalise(text)));

            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            String normalised = normalise(text);
            tokenizer.reset();
            int previousEnd = 0;
            while (tokenizer.incrementToken()) {
                String lower = term.toString().toLowerCase(Locale.ROOT);
                // a comma, colon, dash or bracket before the word starts a clause: a negation does not reach past it
                // (a hyphen only with a space beside it: "tiedot - voisitteko", not "e-mail")
                String between = normalised.substring(Math.min(previousEnd, offset.startOffset()),
                        offset.startOffset());
                boolean clause = words.isEmpty() || between.matches(".*[,;:()\u2013\u2014].*")
                        || between.contains("-") && !between.isBlank() && between.length() > 1;
                words.add(stemmers.word(lower, clause));
                previousEnd = offset.endOffset();
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    static String fold(String lower) {
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    /** Snowball stemmers hold state: one set per text (they are cheap to make). */
    static final class Stemmers {
        private final SnowballStemmer[] stemmers = {new FinnishStemmer(), new SwedishStemmer(), new EnglishStemmer()};

        Word word(String lower, boolean clauseStart) {
            String[] stems = new String[stemmers.length];
            for (int i = 0; i < stemmers.length; i++) {
                stemmers[i].setCurrent(lower);
                stemmers[i].stem();
                stems[i] = fold(stemmers[i].getCurrent());
            }
            return new Word(lower, fold(lower), stems, clauseStart);
        }
    }
}
