package fi.tietovahti.intake;

import fi.tietovahti.hetu.PersonalIdentityCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A received message's text as a handler sees it and the classifier reads it: HTML is reduced to its text by a
 * real parser (jsoup) after removing everything but harmless formatting, so no script, style, remote image or link
 * target from a stranger's mail reaches a handler's browser; line structure (paragraphs, line breaks, list items)
 * survives as new lines.
 */
public final class MailText {

    /**
     * At most this much of a text is shown in a task: the engine keeps a string variable in 4,000 characters,
     * and a longer one would fail the task's creation. The whole original stays downloadable.
     */
    public static final int MAX_SHOWN = 3_500;

    private MailText() {
    }

    public static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String safe = Jsoup.clean(html, Safelist.basic());
        Document doc = Jsoup.parseBodyFragment(safe);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.select("br")) {
            e.after("\n");
        }
        for (Element e : doc.select("p, li, blockquote, div")) {
            e.before("\n");
        }
        return doc.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The text of a message for a handler: the plain part if there is one, else its HTML made plain. */
    public static String forHandler(InboundMessage message) {
        String text = message.text() != null && !message.text().isBlank() ? message.text() : plain(message.html());
        return shown(text);
    }

    /**
     * A text cut to what a task can show, marked where it was cut, with any personal identity code in it masked
     * (residents write their code into messages; screens show codes masked, the original message keeps it).
     */
    public static String shown(String text) {
        String clean = text == null ? "" : PersonalIdentityCode.maskAllIn(text.replace("\u0000", ""));
        return clean.length() <= MAX_SHOWN ? clean : clean.substring(0, MAX_SHOWN) + "\n[…]";
    }
}
