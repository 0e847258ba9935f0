package fi.tietovahti.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;

/** The PDF of documents a customer's template could hold, beyond what the report itself generates. */
class ReportPdfTest {

    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    @Test
    void oddTablesLoseNoTextAndFieldCodesAreNotPrinted() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        var body = pkg.getMainDocumentPart().getContent();
        // a field: its code (w:instrText) is not what a reader sees, its result is
        P field = WML.createP();
        R run = WML.createR();
        Text code = WML.createText();
        code.setValue(" DATE \\@ \"d.M.yyyy\" ");
        run.getContent().add(WML.createRInstrText(code));
        Text result = WML.createText();
        result.setValue("Päiväys 27.11.2026");
        run.getContent().add(WML.createRT(result));
        field.getContent().add(run);
        body.add(field);
        // a table whose grid widths are all zero and whose second row has a cell more than the grid
        Tbl table = Docx.grid(2, 0, 0);
        Docx.fill(Docx.cell(table, 0, 0), List.of(paragraph("Otsikko A")));
        Docx.fill(Docx.cell(table, 0, 1), List.of(paragraph("Otsikko B")));
        Docx.fill(Docx.cell(table, 1, 0), List.of(paragraph("Arvo A")));
        Docx.fill(Docx.cell(table, 1, 1), List.of(paragraph("Arvo B")));
        Tr second = (Tr) table.getContent().get(1);
        second.getContent().add(cell(paragraph("Ylimääräinen solu")));
        // and a table nested in a cell
        Tbl nested = Docx.grid(1, 1000, 1000);
        Docx.fill(Docx.cell(nested, 0, 0), List.of(paragraph("Sisempi 1")));
        Docx.fill(Docx.cell(nested, 0, 1), List.of(paragraph("Sisempi 2")));
        Docx.cell(table, 1, 0).getContent().add(nested);
        body.add(table);

        String text = text(ReportPdf.render(pkg, "Heka · TV-2026-000001"));
        assertThat(text).contains("Päiväys 27.11.2026").doesNotContain("DATE").contains("Otsikko A", "Otsikko B",
                "Arvo A", "Arvo B", "Ylimääräinen solu", "Sisempi 1 Sisempi 2").contains("TV-2026-000001 · 1 / 1");
    }

    @Test
    void aHeaderTallerThanAPageIsDrawnOnceAndTheRenderingEnds() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        // a layout table: its first row (taken as the header) a narrow column of a thousand short lines
        Tbl layout = Docx.grid(3, 400, 9000);
        Docx.fill(Docx.cell(layout, 0, 0), List.of(paragraph("sana ".repeat(400).strip())));
        Docx.fill(Docx.cell(layout, 0, 1), List.of(paragraph("Ylärivi")));
        Docx.fill(Docx.cell(layout, 1, 1), List.of(paragraph("Toinen rivi")));
        Docx.fill(Docx.cell(layout, 2, 1), List.of(paragraph("Kolmas rivi")));
        pkg.getMainDocumentPart().getContent().add(layout);
        String footer = "Hyvin pitkä alatunniste ".repeat(20);

        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ReportPdf.render(pkg, footer));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 20);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ylärivi", "Toinen rivi", "Kolmas rivi");
            assertThat(text.split("Ylärivi", -1)).as("the tall header is not repeated").hasSize(2);
        }
    }

    @Test
    void aCellSpanningColumnsIsAsWideAsTheyAreAndTheCellsAfterItKeepTheirColumns() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        Tbl table = Docx.grid(3, 3000, 3000, 3000);
        for (int c = 0; c < 3; c++) {
            Docx.fill(Docx.cell(table, 0, c), List.of(paragraph("Sarake " + (c + 1))));
        }
        // row 2: one cell over all three columns, its sentence far wider than one column
        String sentence = "Yhdistetty solu jonka lause mahtuu koko taulukon levyiselle riville";
        Tr whole = (Tr) table.getContent().get(1);
        whole.getContent().clear();
        whole.getContent().add(spanning(sentence, 3));
        // row 3: a cell over the first two columns, then one in the third
        Tr split = (Tr) table.getContent().get(2);
        split.getContent().clear();
        split.getContent().add(spanning("Vasen puolisko", 2));
        split.getContent().add(cell(paragraph("Oikea")));
        pkg.getMainDocumentPart().getContent().add(table);

        byte[] pdf = ReportPdf.render(pkg, "Heka · TV-2026-000001");
        assertThat(text(pdf)).contains(sentence);
        Map<String, Float> x = wordStarts(pdf);
        // the cell after a two-column span starts where the third column does, not in the second
        assertThat(x.get("Oikea")).isCloseTo(x.get("Sarake 3"), org.assertj.core.data.Offset.offset(1f));
        assertThat(x.get("Vasen")).isCloseTo(x.get("Sarake 1"), org.assertj.core.data.Offset.offset(1f));
    }

    private static Tc spanning(String text, int columns) {
        Tc tc = cell(paragraph(text));
        TcPr properties = WML.createTcPr();
        TcPrInner.GridSpan span = WML.createTcPrInnerGridSpan();
        span.setVal(java.math.BigInteger.valueOf(columns));
        properties.setGridSpan(span);
        tc.setTcPr(properties);
        return tc;
    }

    /** Where the test's marker words begin on the page (x in points). */
    private static Map<String, Float> wordStarts(byte[] pdf) throws Exception {
        Map<String, Float> starts = new HashMap<>();
        try (var document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (String key : List.of("Sarake 1", "Sarake 2", "Sarake 3", "Vasen", "Oikea")) {
                        int at = text.indexOf(key);
                        if (at >= 0 && at < positions.size()) {
                            starts.putIfAbsent(key, positions.get(at).getXDirAdj());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return starts;
    }

    private static P paragraph(String text) {
        return Docx.styled("Normal", text);
    }

    private static Tc cell(P p) {
        Tc tc = WML.createTc();
        tc.getContent().add(p);
        return tc;
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\r?\\n", "\n");
        }
    }
}
