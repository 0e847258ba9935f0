package fi.tietovahti.letters;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.model.datastorage.migration.VariablePrepare;
import org.docx4j.model.table.TblFactory;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.springframework.core.io.ClassPathResource;

/** The few docx4j moves the letters share: a template's bytes, its marker paragraph, and plain tables. */
final class Docx {

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
        Tbl table = TblFactory.createTable(rows.size() + 1, header.size(), 3000);
        widths(table, widths);
        CTTblPrBase.TblStyle style = new CTTblPrBase.TblStyle();
        style.setVal("TableGrid");
        table.getTblPr().setTblStyle(style);
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

    static Tc cell(Tbl table, int row, int column) {
        Tr tr = (Tr) table.getContent().get(row);
        Object c = tr.getContent().get(column);
        return (Tc) (c instanceof JAXBElement<?> e ? e.getValue() : c);
    }

    /** Column widths in twentieths of a point. */
    static void widths(Tbl table, int... twips) {
        for (int c = 0; c < twips.length; c++) {
            table.getTblGrid().getGridCol().get(c).setW(java.math.BigInteger.valueOf(twips[c]));
        }
        for (Object row : table.getContent()) {
            for (int c = 0; c < twips.length; c++) {
                Object cell = ((Tr) row).getContent().get(c);
                Tc tc = (Tc) (cell instanceof JAXBElement<?> e ? e.getValue() : cell);
                tc.getTcPr().getTcW().setW(java.math.BigInteger.valueOf(twips[c]));
            }
        }
    }

    static void fill(Tc cell, List<P> paragraphs) {
        cell.getContent().clear();
        cell.getContent().addAll(paragraphs);
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
