package fi.tietovahti.letters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * The PDF of a report, from the same WordprocessingML package as the DOCX (so the customer's edits to the template
 * appear in both), written as XSL-FO by this class and rendered by Apache FOP with the shipped font. It knows the
 * shapes a report has: paragraphs in the styles Title and Heading1-3 or plain, bold runs, line breaks, and tables
 * whose first row repeats on every page; anything else is kept as its plain text. docx4j's own DOCX-to-FO
 * conversion handles all of Word but took about 2 s of the 2.3 s a 300-record report cost; this takes a fraction
 * (docs/benchmarks.md).
 */
final class ReportPdf {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final String FAMILY = ReportFonts.FAMILY;

    private static volatile FopFactory factory;

    private ReportPdf() {
    }

    static byte[] render(WordprocessingMLPackage pkg, String footer) {
        String fo = fo(pkg, footer);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            FOUserAgent agent = factory().newFOUserAgent();
            agent.setProducer("Tietovahti");
            Fop fop = factory().newFop(MimeConstants.MIME_PDF, agent, pdf);
            Transformer identity = TransformerFactory.newInstance().newTransformer();
            identity.transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        } catch (Exception e) {
            throw new IllegalStateException("the PDF could not be rendered: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    /** One factory for all documents: it holds the font set-up, and is thread-safe. */
    private static FopFactory factory() throws Exception {
        if (factory == null) {
            synchronized (ReportPdf.class) {
                if (factory == null) {
                    // complex-script shaping (Arabic, Indic: glyph substitution per word) is off: the reports are in
                    // Finnish, Swedish and English, and the shaping was a quarter of the PDF's CPU in a profile
                    String conf = """
                            <fop version="1.0"><complex-scripts disabled="true"/><renderers><renderer mime="application/pdf"><fonts>
                            <font kerning="yes" embed-url="%s"><font-triplet name="%s" style="normal" weight="normal"/></font>
                            <font kerning="yes" embed-url="%s"><font-triplet name="%s" style="normal" weight="bold"/></font>
                            </fonts></renderer></renderers></fop>""".formatted(ReportFonts.regular().toUri(), FAMILY,
                            ReportFonts.bold().toUri(), FAMILY);
                    factory = new FopConfParser(new ByteArrayInputStream(conf.getBytes(StandardCharsets.UTF_8)),
                            ReportFonts.regular().getParent().toUri()).getFopFactoryBuilder().build();
                }
            }
        }
        return factory;
    }

    static String fo(WordprocessingMLPackage pkg, String footer) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("fo", "root", FO);
            w.writeNamespace("fo", FO);
            w.writeAttribute("font-family", FAMILY);
            w.writeAttribute("font-size", "9.5pt");
            w.writeAttribute("line-height", "1.3");
            w.writeStartElement("fo", "layout-master-set", FO);
            w.writeStartElement("fo", "simple-page-master", FO);
            attributes(w, "master-name", "A4", "page-height", "297mm", "page-width", "210mm", "margin", "18mm 20mm 12mm 20mm");
            empty(w, "region-body", "margin-bottom", "12mm");
            empty(w, "region-after", "extent", "8mm");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("fo", "page-sequence", FO);
            w.writeAttribute("master-reference", "A4");
            w.writeStartElement("fo", "static-content", FO);
            w.writeAttribute("flow-name", "xsl-region-after");
            w.writeStartElement("fo", "block", FO);
            attributes(w, "font-size", "8pt", "text-align", "end", "color", "#555555");
            w.writeCharacters(footer + " · ");
            empty(w, "page-number");
            w.writeCharacters(" / ");
            empty(w, "page-number-citation", "ref-id", "end-of-report");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("fo", "flow", FO);
            w.writeAttribute("flow-name", "xsl-region-body");
            for (Object o : pkg.getMainDocumentPart().getContent()) {
                block(w, unwrap(o), false);
            }
            empty(w, "block", "id", "end-of-report");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the report's FO could not be written", e);
        }
        return out.toString();
    }

    private static void block(XMLStreamWriter w, Object o, boolean inCell) throws XMLStreamException {
        if (o instanceof P p) {
            paragraph(w, p, inCell);
        } else if (o instanceof Tbl t) {
            table(w, t);
        } else {
            String text = textOf(o);
            if (!text.isBlank()) {
                w.writeStartElement("fo", "block", FO);
                w.writeCharacters(AccessReportRenderer.clean(text));
                w.writeEndElement();
            }
        }
    }

    private static void paragraph(XMLStreamWriter w, P p, boolean inCell) throws XMLStreamException {
        String style = p.getPPr() != null && p.getPPr().getPStyle() != null ? p.getPPr().getPStyle().getVal() : "";
        w.writeStartElement("fo", "block", FO);
        switch (style) {
            case "Title" -> attributes(w, "font-size", "17pt", "font-weight", "bold", "space-after", "10pt");
            case "Heading1" -> attributes(w, "font-size", "14pt", "font-weight", "bold", "space-before", "14pt",
                    "space-after", "6pt", "keep-with-next.within-page", "always");
            case "Heading2" -> attributes(w, "font-size", "12pt", "font-weight", "bold", "space-before", "12pt",
                    "space-after", "4pt", "keep-with-next.within-page", "always");
            case "Heading3" -> attributes(w, "font-size", "10.5pt", "font-weight", "bold", "space-before", "8pt",
                    "space-after", "3pt", "keep-with-next.within-page", "always");
            default -> attributes(w, "space-after", inCell ? "1pt" : "4pt");
        }
        w.writeAttribute("linefeed-treatment", "preserve");
        for (Object o : p.getContent()) {
            Object c = unwrap(o);
            if (c instanceof R r) {
                run(w, r);
            } else {
                // a hyperlink, a field, tracked changes, a content control: kept as their text
                w.writeCharacters(AccessReportRenderer.clean(textOf(c)));
            }
        }
        w.writeEndElement();
    }

    private static void run(XMLStreamWriter w, R r) throws XMLStreamException {
        BooleanDefaultTrue b = r.getRPr() == null ? null : r.getRPr().getB();
        boolean bold = b != null && b.isVal();
        if (bold) {
            w.writeStartElement("fo", "inline", FO);
            w.writeAttribute("font-weight", "bold");
        }
        for (Object o : r.getContent()) {
            Object c = unwrap(o);
            if (c instanceof Text t) {
                w.writeCharacters(AccessReportRenderer.clean(t.getValue()));
            } else if (c instanceof Br) {
                w.writeCharacters("\n");
            } else if (c instanceof R.Tab) {
                w.writeCharacters("    ");
            }
        }
        if (bold) {
            w.writeEndElement();
        }
    }

    private static void table(XMLStreamWriter w, Tbl t) throws XMLStreamException {
        w.writeStartElement("fo", "table", FO);
        attributes(w, "table-layout", "fixed", "width", "100%", "border-collapse", "collapse", "space-after", "6pt");
        if (t.getTblGrid() != null) {
            for (TblGridCol col : t.getTblGrid().getGridCol()) {
                BigInteger width = col.getW();
                empty(w, "table-column", "column-width", "proportional-column-width(" + (width == null ? 1 : width) + ")");
            }
        }
        List<Tr> rows = new ArrayList<>();
        for (Object o : t.getContent()) {
            if (unwrap(o) instanceof Tr tr) {
                rows.add(tr);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0) {
                w.writeStartElement("fo", "table-header", FO);
                w.writeAttribute("font-weight", "bold");
                w.writeAttribute("background-color", "#eeeeee");
            } else if (i == 1) {
                w.writeStartElement("fo", "table-body", FO);
            }
            w.writeStartElement("fo", "table-row", FO);
            w.writeAttribute("keep-together.within-page", "auto");
            for (Object o : rows.get(i).getContent()) {
                if (unwrap(o) instanceof Tc tc) {
                    w.writeStartElement("fo", "table-cell", FO);
                    attributes(w, "border", "0.5pt solid #999999", "padding", "2pt 3pt");
                    boolean any = false;
                    for (Object c : tc.getContent()) {
                        block(w, unwrap(c), true);
                        any = true;
                    }
                    if (!any) {
                        empty(w, "block");
                    }
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
            if (i == 0) {
                w.writeEndElement();
            }
        }
        if (rows.size() > 1) {
            w.writeEndElement();
        } else {
            // a table of one row (headers only) still needs a body
            w.writeStartElement("fo", "table-body", FO);
            w.writeStartElement("fo", "table-row", FO);
            w.writeStartElement("fo", "table-cell", FO);
            empty(w, "block");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static String textOf(Object o) {
        StringWriter text = new StringWriter();
        try {
            TextUtils.extractText(o, text);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable document content", e);
        }
        return text.toString();
    }

    private static Object unwrap(Object o) {
        return o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o;
    }

    private static void empty(XMLStreamWriter w, String element, String... attributes) throws XMLStreamException {
        w.writeEmptyElement("fo", element, FO);
        attributes(w, attributes);
    }

    private static void attributes(XMLStreamWriter w, String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            w.writeAttribute(pairs[i], pairs[i + 1]);
        }
    }
}
