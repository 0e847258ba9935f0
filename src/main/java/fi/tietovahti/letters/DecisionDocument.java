package fi.tietovahti.letters;

import fi.tietovahti.catalogue.ControllerProperties;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.RFonts;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * A refusal's reasons as a DOCX for the secure delivery: a handler's reasons may name people or describe the
 * requester's situation, and personal data never travels in an ordinary email (the letter says only that the
 * answer is ready). Title, case number, date, the reasons as written, the right to complain.
 */
@Component
public class DecisionDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final ControllerProperties controller;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    DecisionDocument(ControllerProperties controller) {
        this.controller = controller;
        texts.setBasename("i18n/report");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    /** {@code titleKey}: a report text naming the decision, e.g. {@code decision.title.objection}. */
    public byte[] docx(String caseNumber, String language, String requesterName, LocalDate date, String titleKey,
                       String reasons) {
        Locale locale = Locale.forLanguageTag(language);
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            RFonts fonts = Context.getWmlObjectFactory().createRFonts();
            fonts.setAscii(ReportFonts.FAMILY);
            fonts.setHAnsi(ReportFonts.FAMILY);
            pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults().getRPrDefault()
                    .getRPr().setRFonts(fonts);
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.addStyledParagraphOfText("Title", text(titleKey, locale));
            main.addParagraphOfText(text("decision.case", locale) + ": " + caseNumber);
            main.addParagraphOfText(text("decision.date", locale) + ": " + DAY.format(date));
            main.addParagraphOfText(AccessReportRenderer.clean(requesterName));
            main.addStyledParagraphOfText("Heading1", text("decision.reasons", locale));
            for (String paragraph : AccessReportRenderer.clean(reasons).split("\\R")) {
                main.addParagraphOfText(paragraph);
            }
            main.addStyledParagraphOfText("Heading1", text("report.rights", locale));
            main.addParagraphOfText(text("report.complaint", locale).replace("{ombudsman}", controller.ombudsman()));
            main.addParagraphOfText(controller.name() + " · " + controller.dpoName() + ", " + controller.dpoEmail());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the decision of " + caseNumber + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    private String text(String key, Locale locale) {
        return texts.getMessage(key, null, locale);
    }
}
