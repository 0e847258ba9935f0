package fi.tietovahti.letters;

import java.io.File;
import java.util.Map;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.RFonts;

/**
 * Writes the first versions of templates/access-report-{fi,sv,en}.docx and erasure-answer-{fi,sv,en}.docx (whose
 * content paragraph is ANSWER_CONTENT), on request only:
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

    private static final Map<String, Texts> ERASURE = Map.of(
            "fi", new Texts("Vastaus poistopyyntöön", "Asianumero", "Päivämäärä", "Hyvä ${requesterName},",
                    "Pyysit poistamaan sinua koskevia henkilötietoja. Olemme käsitelleet pyyntösi jokaisen "
                            + "rekisterimme osalta. Alla kerromme, mitkä tiedot poistimme, mitkä säilytämme ja miksi, "
                            + "sekä keille ilmoitimme poistosta.",
                    "Ystävällisin terveisin\n${controller}\nTietosuojavastaava ${dpoName}, ${dpoEmail}"),
            "sv", new Texts("Svar på begäran om radering", "Ärendenummer", "Datum", "Bästa ${requesterName},",
                    "Du har begärt att personuppgifter om dig raderas. Vi har behandlat din begäran i vart och ett "
                            + "av våra register. Nedan berättar vi vilka uppgifter vi raderade, vilka vi sparar och "
                            + "varför, samt vem vi meddelade om raderingen.",
                    "Med vänliga hälsningar\n${controller}\nDataskyddsombud ${dpoName}, ${dpoEmail}"),
            "en", new Texts("Reply to your request for erasure", "Case number", "Date", "Dear ${requesterName},",
                    "You asked us to erase personal data about you. We have handled your request in each of our "
                            + "registers. Below is what we erased, what we keep and why, and whom we told of the "
                            + "erasure.",
                    "Kind regards\n${controller}\nData protection officer ${dpoName}, ${dpoEmail}"));

    private static final Map<String, Texts> REMINDER = Map.of(
            "fi", new Texts("Maksumuistutus", "Viite", "Päivämäärä", "${names}\n${address}",
                    "Vuokrasopimuksenne ${contractNumber} vuokria on erääntynyt maksamatta. Pyydämme maksamaan alla "
                            + "eritellyn summan ${total} viimeistään ${payBy}. Jos olet jo maksanut, tämä muistutus on aiheeton.",
                    "Ystävällisin terveisin\n${controller}\nVuokravalvonta"),
            "sv", new Texts("Betalningspåminnelse", "Referens", "Datum", "${names}\n${address}",
                    "Hyror enligt ert hyresavtal ${contractNumber} har förfallit obetalda. Vi ber er betala beloppet "
                            + "${total}, specificerat nedan, senast ${payBy}. Om du redan har betalat kan du bortse från påminnelsen.",
                    "Med vänliga hälsningar\n${controller}\nHyresövervakningen"),
            "en", new Texts("Payment reminder", "Reference", "Date", "${names}\n${address}",
                    "Rent under your lease ${contractNumber} has fallen due unpaid. Please pay the amount of ${total} "
                            + "itemised below by ${payBy}. If you have already paid, please disregard this reminder.",
                    "Kind regards\n${controller}\nRent control"));

    private static final Map<String, Texts> RESCISSION = Map.of(
            "fi", new Texts("Vuokrasopimuksen purkamisilmoitus", "Viite", "Päivämäärä", "${names}\n${address}",
                    "Puramme vuokrasopimuksenne ${contractNumber}. ${groundText} Vuokrasopimus päättyy, kun tämä "
                            + "ilmoitus on annettu teille tiedoksi.",
                    "${controller}\nVuokravalvonta"),
            "sv", new Texts("Meddelande om hävning av hyresavtal", "Referens", "Datum", "${names}\n${address}",
                    "Vi häver ert hyresavtal ${contractNumber}. ${groundText} Hyresavtalet upphör när detta "
                            + "meddelande har delgetts er.",
                    "${controller}\nHyresövervakningen"),
            "en", new Texts("Notice of rescission of the lease", "Reference", "Date", "${names}\n${address}",
                    "We rescind your lease ${contractNumber}. ${groundText} The lease ends when this notice has "
                            + "been served on you.",
                    "${controller}\nRent control"));

    private static final Map<String, Texts> WARNING = Map.of(
            "fi", new Texts("Kirjallinen varoitus", "Viite", "Päivämäärä", "${names}\n${address}", "Annamme teille vuokrasopimuksenne ${contractNumber} osalta kirjallisen varoituksen asuinhuoneiston vuokrauksesta annetun lain 62 §:n mukaisesti.",
                    "${controller}\nAsumisasiat"),
            "sv", new Texts("Skriftlig varning", "Referens", "Datum", "${names}\n${address}", "Vi ger er en skriftlig varning angående ert hyresavtal ${contractNumber} enligt 62 § i lagen om hyra av bostadslägenhet.",
                    "${controller}\nBoendeärenden"),
            "en", new Texts("Written warning", "Reference", "Date", "${names}\n${address}", "We give you a written warning concerning your lease ${contractNumber} under section 62 of the Residential Leases Act.",
                    "${controller}\nHousing matters"));

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "templates.generate", matches = "true")
    void generate() throws Exception {
        write(TEXTS, "access-report-", "REPORT_CONTENT");
        write(ERASURE, "erasure-answer-", "ANSWER_CONTENT");
        write(REMINDER, "collection-reminder-", "REMINDER_CONTENT");
        write(RESCISSION, "rescission-notice-", "NOTICE_CONTENT");
        write(WARNING, "disturbance-warning-", "WARNING_CONTENT");
    }

    private static void write(Map<String, Texts> texts, String prefix, String marker) throws Exception {
        for (Map.Entry<String, Texts> e : texts.entrySet()) {
            Texts t = e.getValue();
            if (new File("templates/" + prefix + e.getKey() + ".docx").exists()) {
                continue; // an edited template is never overwritten: delete it to have its first version again
            }
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
            for (String line : t.greeting().split("\n")) {
                main.addParagraphOfText(line);
            }
            main.addParagraphOfText(t.body());
            main.addParagraphOfText(marker);
            for (String line : t.closing().split("\n")) {
                main.addParagraphOfText(line);
            }
            File out = new File("templates/" + prefix + e.getKey() + ".docx");
            pkg.save(out);
        }
    }
}
