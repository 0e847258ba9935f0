package fi.tietovahti.intake;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipOutputStream;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipEntry;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTSdtDropDownList;
import org.docx4j.wml.CTSdtListItem;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtContentBlock;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.Tag;
import org.docx4j.wml.Text;

/**
 * The request form residents fill in (templates/request-form-{fi,sv,en}.docx): building it, and filling it in as
 * Word does (the control's content replaced, its placeholder flag cleared), for the tests.
 */
final class RequestForms {

    record Texts(String title, String intro, Map<String, String> labels, String placeholder, String choose,
                 Map<String, String> types, String closing) {
    }

    static final Map<String, Texts> TEXTS = Map.of(
            "fi", new Texts("Tietosuojapyyntö", "Täytä lomake ja lähetä se sähköpostilla osoitteeseen "
                    + "tietosuoja@hekaoy.fi. Vahvistamme henkilöllisyytesi sähköisellä allekirjoituksella tai "
                    + "asiakaspalvelussa ennen kuin käsittelemme tietojasi.",
                    labels("Pyynnön laji", "Nimi", "Henkilötunnus", "Syntymäaika (jos et ilmoita henkilötunnusta)",
                            "Osoite", "Sähköposti", "Puhelin", "Asiointikieli (fi, sv tai en)", "Kuvaus pyynnöstä",
                            "Oikaisupyynnössä: mikä tieto on väärin ja mikä on oikea tieto"),
                    "Kirjoita tähän.", "Valitse pyynnön laji.",
                    types("Tarkastuspyyntö (mitä tietoja minusta on)", "Tietojen poistaminen", "Tietojen oikaisu",
                            "Käsittelyn rajoittaminen", "Tietojen siirtäminen", "Käsittelyn vastustaminen / uutiskirjeen peruminen"),
                    "Henkilötunnusta käytetään vain henkilöllisyytesi varmistamiseen."),
            "sv", new Texts("Begäran om dataskydd", "Fyll i blanketten och skicka den per e-post till "
                    + "tietosuoja@hekaoy.fi. Vi bekräftar din identitet med elektronisk underskrift eller vid vår "
                    + "kundtjänst innan vi behandlar dina uppgifter.",
                    labels("Typ av begäran", "Namn", "Personbeteckning", "Födelsedatum (om du inte uppger personbeteckning)",
                            "Adress", "E-post", "Telefon", "Språk (fi, sv eller en)", "Beskrivning av begäran",
                            "Vid rättelse: vilken uppgift är fel och vad är rätt"),
                    "Skriv här.", "Välj typ av begäran.",
                    types("Registerutdrag (vilka uppgifter finns om mig)", "Radering av uppgifter", "Rättelse av uppgifter",
                            "Begränsning av behandling", "Överföring av uppgifter", "Invändning / avbeställning av nyhetsbrevet"),
                    "Personbeteckningen används endast för att bekräfta din identitet."),
            "en", new Texts("Data protection request", "Fill in the form and email it to tietosuoja@hekaoy.fi. "
                    + "We verify your identity with an electronic signature or at our customer service before we "
                    + "handle your data.",
                    labels("Type of request", "Name", "Personal identity code", "Date of birth (if you give no identity code)",
                            "Address", "Email", "Phone", "Language (fi, sv or en)", "Description of the request",
                            "For rectification: which data is wrong and what is right"),
                    "Type here.", "Choose the type of request.",
                    types("Access (what data you hold about me)", "Erasure", "Rectification", "Restriction of processing",
                            "Portability", "Objection / newsletter unsubscribe"),
                    "The identity code is used only to verify your identity."));

    private static Map<String, String> labels(String... l) {
        Map<String, String> m = new LinkedHashMap<>();
        String[] tags = {RequestFormReader.TYPE, RequestFormReader.NAME, RequestFormReader.IDENTITY_CODE,
                RequestFormReader.BIRTH_DATE, RequestFormReader.ADDRESS, RequestFormReader.EMAIL, RequestFormReader.PHONE,
                RequestFormReader.LANGUAGE, RequestFormReader.DESCRIPTION, RequestFormReader.CORRECTION};
        for (int i = 0; i < tags.length; i++) {
            m.put(tags[i], l[i]);
        }
        return m;
    }

    private static Map<String, String> types(String... t) {
        Map<String, String> m = new LinkedHashMap<>();
        String[] values = {"ACCESS", "ERASURE", "RECTIFICATION", "RESTRICTION", "PORTABILITY", "OBJECTION"};
        for (int i = 0; i < values.length; i++) {
            m.put(values[i], t[i]);
        }
        return m;
    }

    private RequestForms() {
    }

    static byte[] template(String language) throws Exception {
        Texts t = TEXTS.get(language);
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        main.addStyledParagraphOfText("Title", t.title());
        main.addParagraphOfText(t.intro());
        for (Map.Entry<String, String> field : t.labels().entrySet()) {
            P label = main.createParagraphOfText(field.getValue());
            RPr bold = Context.getWmlObjectFactory().createRPr();
            bold.setB(new BooleanDefaultTrue());
            ((R) label.getContent().get(0)).setRPr(bold);
            main.getContent().add(label);
            boolean type = field.getKey().equals(RequestFormReader.TYPE);
            main.getContent().add(control(field.getKey(), field.getValue(), type ? t.choose() : t.placeholder(),
                    type ? t.types() : null));
        }
        main.addParagraphOfText(t.closing());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    private static SdtBlock control(String tag, String alias, String placeholder, Map<String, String> choices) {
        ObjectFactory wml = Context.getWmlObjectFactory();
        SdtBlock sdt = wml.createSdtBlock();
        SdtPr pr = wml.createSdtPr();
        Tag t = wml.createTag();
        t.setVal(tag);
        pr.setTag(t);
        SdtPr.Alias a = wml.createSdtPrAlias();
        a.setVal(alias);
        pr.getRPrOrAliasOrLock().add(wml.createSdtPrAlias(a));
        pr.setShowingPlcHdr(true);
        if (choices != null) {
            CTSdtDropDownList list = wml.createCTSdtDropDownList();
            choices.forEach((value, display) -> {
                CTSdtListItem item = wml.createCTSdtListItem();
                item.setValue(value);
                item.setDisplayText(display);
                list.getListItem().add(item);
            });
            pr.getRPrOrAliasOrLock().add(wml.createSdtPrDropDownList(list));
        }
        sdt.setSdtPr(pr);
        SdtContentBlock content = wml.createSdtContentBlock();
        content.getContent().add(paragraph(placeholder));
        sdt.setSdtContent(content);
        return sdt;
    }

    private static P paragraph(String text) {
        ObjectFactory wml = Context.getWmlObjectFactory();
        P p = wml.createP();
        R r = wml.createR();
        Text x = wml.createText();
        x.setValue(text);
        x.setSpace("preserve");
        r.getContent().add(wml.createRT(x));
        p.getContent().add(r);
        return p;
    }

    /** Fills the form's controls as a resident in Word would: their content replaced, the placeholder flag off. */
    static byte[] fill(byte[] form, Map<String, String> answers) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(form));
        for (SdtElement control : RequestFormReader.controls(pkg)) {
            String answer = answers.get(control.getSdtPr().getTag().getVal());
            if (answer != null) {
                control.getSdtPr().getRPrOrAliasOrLock().removeIf(o -> o instanceof JAXBElement<?> e
                        && "showingPlcHdr".equals(e.getName().getLocalPart()));
                control.getSdtContent().getContent().clear();
                control.getSdtContent().getContent().add(paragraph(answer));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    /** The document with one part changed, e.g. a DTD slipped into the main part. */
    static byte[] rewrite(byte[] docx, String part, java.util.function.UnaryOperator<String> change)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** 80 MB of zeros packed into a few hundred kilobytes, named like a Word document's main part. */
    static byte[] zipBomb() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
