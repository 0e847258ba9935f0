package fi.tietovahti.letters;

import fi.tietovahti.catalogue.ControllerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
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
 * The written rescission notice (AHVL 481/1995 §66) as DOCX, from templates/rescission-notice-{lang}.docx: the ground
 * and its section (for unpaid rent, the arrears), that the lease ends on service, what follows if the tenant does not
 * leave. Never the complainants of a disturbance.
 */
@Component
public class RescissionNoticeRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    public record Notice(String reference, String language, LocalDate date, String names, String address,
                         String contractNumber, String ground, BigDecimal arrears) {

        @Override
        public String toString() {
            return "Notice[" + reference + "]";
        }
    }

    private final ControllerProperties controller;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final Map<String, byte[]> templates = new ConcurrentHashMap<>();

    RescissionNoticeRenderer(ControllerProperties controller) {
        this.controller = controller;
        texts.setBasename("i18n/report");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    public byte[] docx(Notice n) {
        String lang = List.of("fi", "sv", "en").contains(n.language()) ? n.language() : "fi";
        Locale locale = Locale.forLanguageTag(lang);
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(templates
                    .computeIfAbsent(lang, l -> Docx.preparedTemplate("rescission-notice-" + l + ".docx"))));
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.variableReplace(Map.of("caseNumber", Docx.xml(n.reference()), "date", DAY.format(n.date()),
                    "names", Docx.xml(n.names()), "address", Docx.xml(n.address()),
                    "contractNumber", Docx.xml(n.contractNumber()),
                    "groundText", Docx.xml(texts.getMessage("rescission.ground." + n.ground(), null, locale)
                            .replace("{arrears}", CollectionLetterRenderer.euros(n.arrears()))),
                    "controller", Docx.xml(controller.name())));
            int at = Docx.markerIndex(main, "NOTICE_CONTENT");
            main.getContent().remove(at);
            main.getContent().addAll(at, List.of(main.createParagraphOfText(texts.getMessage("rescission.moveOut",
                    null, locale)), main.createParagraphOfText(texts.getMessage("rescission.settle", null, locale))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the rescission notice of " + n.reference() + " could not be built: "
                    + e.getMessage(), e);
        }
    }
}
