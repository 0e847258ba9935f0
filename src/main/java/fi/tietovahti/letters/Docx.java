package fi.tietovahti.letters;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.model.datastorage.migration.VariablePrepare;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.CTTblLook;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.springframework.core.io.ClassPathResource;

/** The few docx4j moves the letters share: a template's bytes, its marker paragraph, and plain tables. */
final class Docx {

    /** The paragraph and table styles that generated content names (see {@link #styled} and {@link #grid}). */
    private static final List<String> STYLES = List.of("Title", "Heading1", "Heading2", "Heading3", "TableGrid");

    private Docx() {
    }

    static byte[] template(String name) {
        try (InputStream in = new ClassPathResource("templates/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("no template " + name, e);
        }
    }

    /**
     * A template whose runs are already joined for variable replacement (docx4j's {@code VariablePrepare}), as
     * bytes to load a fresh package from per document. Preparing is a full pass over the XML that gives the same
     * result for every document of a template: a tenth of each access report's CPU when it ran per document.
     */
    static byte[] preparedTemplate(String name) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(template(name)));
            VariablePrepare.prepare(pkg);
            // the styles the generated content uses exist in the package, as createStyledParagraphOfText ensures
            for (String style : STYLES) {
                pkg.getMainDocumentPart().getPropertyResolver().activateStyle(style);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the template " + name + " cannot be prepared: " + e.getMessage(), e);
        }
    }

    /** A value for docx4j's variable replacement, which puts it into the XML as it is: escaped and cleaned. */
    static String xml(String text) {
        return AccessReportRenderer.clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A grid table with a header row and the given column widths (twentieths of a point). */
    static Tbl table(MainDocumentPart main, List<String> header, List<List<String>> rows, int... widths) {
        Tbl table = grid(rows.size() + 1, widths);
        for (int c = 0; c < header.size(); c++) {
            fill(cell(table, 0, c), List.of(main.createParagraphOfText(AccessReportRenderer.clean(header.get(c)))));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                fill(cell(table, r + 1, c), List.of(main.createParagraphOfText(
                        AccessReportRenderer.clean(rows.get(r).get(c)))));
            }
        }
        return table;
    }

    /**
     * An empty table in the template's "TableGrid" style with the given column widths (twentieths of a point), as
     * docx4j's {@code TblFactory} makes it, but built from objects: TblFactory parses an XML string for every table.
     */
    static Tbl grid(int rows, int... twips) {
        ObjectFactory wml = Context.getWmlObjectFactory();
        Tbl table = wml.createTbl();
        TblPr properties = wml.createTblPr();
        CTTblPrBase.TblStyle style = wml.createCTTblPrBaseTblStyle();
        style.setVal("TableGrid");
        properties.setTblStyle(style);
        TblWidth auto = wml.createTblWidth();
        auto.setW(BigInteger.ZERO);
        auto.setType("auto");
        properties.setTblW(auto);
        CTTblLook look = wml.createCTTblLook();
        look.setVal("04A0");
        properties.setTblLook(look);
        table.setTblPr(properties);
        TblGrid grid = wml.createTblGrid();
        for (int w : twips) {
            TblGridCol col = wml.createTblGridCol();
            col.setW(BigInteger.valueOf(w));
            grid.getGridCol().add(col);
        }
        table.setTblGrid(grid);
        for (int r = 0; r < rows; r++) {
            Tr tr = wml.createTr();
            for (int w : twips) {
                Tc tc = wml.createTc();
                TcPr tcPr = wml.createTcPr();
                TblWidth width = wml.createTblWidth();
                width.setType("dxa");
                width.setW(BigInteger.valueOf(w));
                tcPr.setTcW(width);
                tc.setTcPr(tcPr);
                tc.getContent().add(wml.createP());
                tr.getContent().add(tc);
            }
            table.getContent().add(tr);
        }
        return table;
    }

    /**
     * A paragraph in one of the template's styles (prepared by {@link #preparedTemplate}). docx4j's
     * createStyledParagraphOfText checks the style against the package's style definitions for every paragraph.
     */
    static P styled(String style, String text) {
        ObjectFactory wml = Context.getWmlObjectFactory();
        P p = wml.createP();
        PPr pPr = wml.createPPr();
        PPrBase.PStyle pStyle = wml.createPPrBasePStyle();
        pStyle.setVal(style);
        pPr.setPStyle(pStyle);
        p.setPPr(pPr);
        Text t = wml.createText();
        t.setValue(text);
        R run = wml.createR();
        run.getContent().add(t);
        p.getContent().add(run);
        return p;
    }

    /** A plain paragraph in bold (a year above its table: the headings are the registers' and categories'). */
    static P bold(String text) {
        ObjectFactory wml = Context.getWmlObjectFactory();
        P p = wml.createP();
        R run = wml.createR();
        RPr rPr = wml.createRPr();
        rPr.setB(wml.createBooleanDefaultTrue());
        run.setRPr(rPr);
        Text t = wml.createText();
        t.setValue(AccessReportRenderer.clean(text));
        run.getContent().add(t);
        p.getContent().add(run);
        return p;
    }

    static Tc cell(Tbl table, int row, int column) {
        Tr tr = (Tr) table.getContent().get(row);
        Object c = tr.getContent().get(column);
        return (Tc) (c instanceof JAXBElement<?> e ? e.getValue() : c);
    }

    static void fill(Tc cell, List<P> paragraphs) {
        cell.getContent().clear();
        cell.getContent().addAll(paragraphs);
        if (paragraphs.isEmpty()) {
            // Word refuses a cell without a paragraph (a record without fields would make one)
            cell.getContent().add(Context.getWmlObjectFactory().createP());
        }
    }

    /** The index of the paragraph that reads exactly {@code marker}: where the generated content goes. */
    static int markerIndex(MainDocumentPart main, String marker) throws Exception {
        List<Object> content = main.getContent();
        for (int i = 0; i < content.size(); i++) {
            StringWriter w = new StringWriter();
            TextUtils.extractText(content.get(i), w);
            if (w.toString().strip().equals(marker)) {
                return i;
            }
        }
        throw new IllegalStateException("the template has no " + marker + " paragraph");
    }
}
