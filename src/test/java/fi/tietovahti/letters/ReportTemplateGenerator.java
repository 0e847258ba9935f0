package fi.tietovahti.letters;

import java.io.File;
import java.util.Map;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.RFonts;

/**
 * Writes the first versions of templates/access-report-{fi,sv,en}.docx, on request only:
 * {@code ./mvnw test -Dtest=ReportTemplateGenerator -Dtemplates.generate=true}. Afterwards the templates are edited
 * in Word or LibreOffice like any letter, keeping the ${placeholders} and the REPORT_CONTENT paragraph. Its name
 * keeps it out of the suite. (Not a main class: the local run finds its main class by being the only one.)
 */
class ReportTemplateGenerator {

    private record Texts(String title, String caseLabel, String dateLabel, String greeting, String body, String closing) {
    }

    private static final Map<String, Texts> TEXTS = Map.of(
            "fi", new Texts("Vastaus tarkastuspyyntöön", "Asianumero", "Päivämäärä", "Hyvä ${requesterName},",
                    "Pyysit saada tietää, mitä henkilötietoja ${controller} käsittelee sinusta. Alla ovat kaikki tiedot, "
                            + "jotka rekistereissämme oli sinusta ${collectedOn}, sekä tiedot käsittelyn tarkoituksista, "
                            + "perusteista, vastaanottajista, säilytysajoista ja tietolähteistä.",
                    "Ystävällisin terveisin\n${controller}\nTietosuojavastaava ${dpoName}, ${dpoEmail}"),
            "sv", new Texts("Svar på begäran om insyn", "Ärendenummer", "Datum", "Bästa ${requesterName},",
                    "Du har begärt att få veta vilka personuppgifter ${controller} behandlar om dig. Nedan finns alla "
                            + "uppgifter som fanns om dig i våra register ${collectedOn}, samt ändamålen, de rättsliga "
                            + "grunderna, mottagarna, lagringstiderna och källorna.",
                    "Med vänliga hälsningar\n${controller}\nDataskyddsombud ${dpoName}, ${dpoEmail}"),
            "en", new Texts("Reply to your access request", "Case number", "Date", "Dear ${requesterName},",
                    "You asked which personal data ${controller} processes about you. Below is all the data our "
                            + "registers held about you on ${collectedOn}, with the purposes, legal bases, recipients, "
                            + "retention periods and sources of the processing.",
                    "Kind regards\n${controller}\nData protection officer ${dpoName}, ${dpoEmail}"));

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "templates.generate", matches = "true")
    void generate() throws Exception {
        for (Map.Entry<String, Texts> e : TEXTS.entrySet()) {
            Texts t = e.getValue();
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            RFonts fonts = Context.getWmlObjectFactory().createRFonts();
            fonts.setAscii("DejaVu Sans");
            fonts.setHAnsi("DejaVu Sans");
            fonts.setCs("DejaVu Sans");
            fonts.setEastAsia("DejaVu Sans");
            pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults().getRPrDefault()
                    .getRPr().setRFonts(fonts);
            MainDocumentPart main = pkg.getMainDocumentPart();
            // a font table of our own naming the shipped font: without one docx4j creates a default table naming
            // fonts we do not ship (Calibri, Cambria, ...) at every conversion
            org.docx4j.wml.Fonts table = Context.getWmlObjectFactory().createFonts();
            org.docx4j.wml.Fonts.Font dejaVu = Context.getWmlObjectFactory().createFontsFont();
            dejaVu.setName("DejaVu Sans");
            table.getFont().add(dejaVu);
            org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart fontTable =
                    new org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart();
            fontTable.setJaxbElement(table);
            main.addTargetPart(fontTable);
            main.addStyledParagraphOfText("Title", t.title());
            main.addParagraphOfText(t.caseLabel() + ": ${caseNumber}");
            main.addParagraphOfText(t.dateLabel() + ": ${date}");
            main.addParagraphOfText(t.greeting());
            main.addParagraphOfText(t.body());
            main.addParagraphOfText("REPORT_CONTENT");
            for (String line : t.closing().split("\n")) {
                main.addParagraphOfText(line);
            }
            File out = new File("templates/access-report-" + e.getKey() + ".docx");
            pkg.save(out);
        }
    }
}
