package fi.tietovahti.letters;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.catalogue.ControllerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The answer to an erasure request (Art. 17, 12(4)) as DOCX, from templates/erasure-answer-{lang}.docx: what was
 * erased or anonymised, what is kept, on what rule and until when, which recipients were told (Art. 19), and the
 * right to complain to the Ombudsman. Names of registers, categories and retention rules are the catalogue's, in
 * the letter's language; the letter holds no personal data beyond the requester's name.
 */
@Component
public class ErasureAnswerRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final String MARKER = "ANSWER_CONTENT";

    /** One category of the answer. {@code until}: when a kept category's hold ends, if known. */
    public record Line(String category, String action, int records, String holdRule, LocalDate until,
                       String holdKind) {
    }

    public record Answer(String caseNumber, String language, String requesterName, LocalDate date, List<Line> lines,
                         List<String> recipientsTold) {
    }

    private final Catalogue catalogue;
    private final ControllerProperties controller;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final Map<String, byte[]> templates = new ConcurrentHashMap<>();

    ErasureAnswerRenderer(Catalogue catalogue, ControllerProperties controller) {
        this.catalogue = catalogue;
        this.controller = controller;
        texts.setBasename("i18n/report");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    public byte[] docx(Answer answer) {
        Locale locale = Locale.forLanguageTag(answer.language());
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(templates
                    .computeIfAbsent(answer.language(), l -> Docx.preparedTemplate("erasure-answer-" + l + ".docx"))));
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.variableReplace(Map.of("caseNumber", Docx.xml(answer.caseNumber()),
                    "date", DAY.format(answer.date()), "requesterName", Docx.xml(answer.requesterName()),
                    "controller", Docx.xml(controller.name()), "dpoName", Docx.xml(controller.dpoName()),
                    "dpoEmail", Docx.xml(controller.dpoEmail())));
            int at = Docx.markerIndex(main, MARKER);
            main.getContent().remove(at);
            main.getContent().addAll(at, content(main, answer, locale));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the erasure answer of " + answer.caseNumber() + " could not be built: "
                    + e.getMessage(), e);
        }
    }

    private List<Object> content(MainDocumentPart main, Answer answer, Locale locale) {
        String lang = answer.language();
        List<Object> content = new ArrayList<>();
        List<List<String>> gone = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        for (Line line : answer.lines()) {
            String register = catalogue.registerOf(line.category()).map(r -> r.name(lang)).orElse("");
            String category = catalogue.category(line.category()).map(c -> c.name(lang)).orElse(line.category());
            if ("KEEP".equals(line.action())) {
                kept.add(List.of(register, category, why(line, lang, locale), until(line, locale)));
            } else if (line.records() > 0) {
                gone.add(List.of(register, category, text("erasure.action." + line.action(), locale),
                        String.valueOf(line.records())));
            }
        }
        content.add(Docx.styled("Heading1", text("erasure.erased", locale)));
        if (gone.isEmpty()) {
            content.add(main.createParagraphOfText(text("erasure.nothingErased", locale)));
        } else {
            content.add(Docx.table(main, List.of(text("erasure.register", locale), text("erasure.category", locale),
                    text("erasure.done", locale), text("erasure.records", locale)), gone, 2400, 3600, 1800, 1200));
        }
        content.add(Docx.styled("Heading1", text("erasure.kept", locale)));
        if (kept.isEmpty()) {
            content.add(main.createParagraphOfText(text("erasure.nothingKept", locale)));
        } else {
            content.add(main.createParagraphOfText(text("erasure.keptIntro", locale)));
            content.add(Docx.table(main, List.of(text("erasure.register", locale), text("erasure.category", locale),
                    text("erasure.why", locale), text("erasure.until", locale)), kept, 2000, 2600, 3000, 1400));
        }
        content.add(Docx.styled("Heading1", text("erasure.recipients", locale)));
        content.add(main.createParagraphOfText(answer.recipientsTold().isEmpty()
                ? text("erasure.noRecipients", locale)
                : text("erasure.recipientsTold", locale) + " " + String.join("; ", answer.recipientsTold().stream()
                .map(id -> catalogue.recipientsById().get(id).name(lang)).toList()) + "."));
        content.add(Docx.styled("Heading1", text("report.rights", locale)));
        content.add(main.createParagraphOfText(text("erasure.rightsText", locale)));
        content.add(main.createParagraphOfText(text("report.complaint", locale).replace("{ombudsman}",
                controller.ombudsman())));
        return content;
    }

    /** The retention rule that keeps the category, in the reader's language, with its statute. */
    private String why(Line line, String lang, Locale locale) {
        if (line.holdRule() == null) {
            return text("erasure.keptUndecided", locale);
        }
        if ("REVIEW".equals(line.holdKind()) || "review".equals(line.holdRule())) {
            return text("erasure.keptOnReview", locale);
        }
        if ("ACCESS".equals(line.holdKind())) {
            return text("erasure.keptForAccess", locale);
        }
        return catalogue.retentionRule(line.holdRule())
                .map(r -> r.name(lang) + (r.statute() == null ? "" : " (" + r.statute() + ")"))
                .orElse(line.holdRule());
    }

    private String until(Line line, Locale locale) {
        if (line.until() != null) {
            return DAY.format(line.until());
        }
        return switch (line.holdKind() == null ? "" : line.holdKind()) {
            case "TENANCY" -> text("erasure.until.TENANCY", locale);
            case "CLAIM" -> text("erasure.until.CLAIM", locale);
            case "ACCESS" -> text("erasure.until.ACCESS", locale);
            default -> text("erasure.untilLater", locale);
        };
    }

    private String text(String key, Locale locale) {
        return texts.getMessage(key, null, locale);
    }
}
