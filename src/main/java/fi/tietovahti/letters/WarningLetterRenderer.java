package fi.tietovahti.letters;

import fi.tietovahti.catalogue.ControllerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The written warning of AHVL 481/1995 §62 as DOCX, from templates/disturbance-warning-{lang}.docx: the ground and its
 * section, the conduct found (the handler's words, checked by the caller to name no complainant), the demand to stop
 * and what follows if it goes on, and that a prompt correction ends the way to rescission.
 */
@Component
public class WarningLetterRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    public record Warning(String reference, String language, LocalDate date, String names, String address,
                          String contractNumber, String ground, String conduct) {

        @Override
        public String toString() {
            return "Warning[" + reference + "]";
        }
    }

    private final ControllerProperties controller;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final Map<String, byte[]> templates = new ConcurrentHashMap<>();

    WarningLetterRenderer(ControllerProperties controller) {
        this.controller = controller;
        texts.setBasename("i18n/report");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    public byte[] docx(Warning w) {
        String lang = List.of("fi", "sv", "en").contains(w.language()) ? w.language() : "fi";
        Locale locale = Locale.forLanguageTag(lang);
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(templates
                    .computeIfAbsent(lang, l -> Docx.preparedTemplate("disturbance-warning-" + l + ".docx"))));
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.variableReplace(Map.of("caseNumber", Docx.xml(w.reference()), "date", DAY.format(w.date()),
                    "names", Docx.xml(w.names()), "address", Docx.xml(w.address()),
                    "contractNumber", Docx.xml(w.contractNumber()), "controller", Docx.xml(controller.name())));
            int at = Docx.markerIndex(main, "WARNING_CONTENT");
            main.getContent().remove(at);
            main.getContent().addAll(at, List.of(
                    Docx.bold(text("warning.groundLabel", locale) + " " + text("warning.ground." + w.ground(), locale)),
                    Docx.bold(text("warning.conduct", locale)),
                    main.createParagraphOfText(AccessReportRenderer.clean(w.conduct())),
                    main.createParagraphOfText(text("warning.demand", locale))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the warning of " + w.reference() + " could not be built: "
                    + e.getMessage(), e);
        }
    }

    private String text(String key, Locale locale) {
        return texts.getMessage(key, null, locale);
    }
}
