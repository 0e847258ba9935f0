package fi.tietovahti.letters;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
 * The report's PDF, drawn with PDFBox from the same WordprocessingML the DOCX is saved from (ADR 11). It knows the
 * shapes a report has: paragraphs in the styles Title, Heading1-3 or plain, bold runs, line breaks, and tables
 * whose first row is a header repeated on every page; anything else is kept as its plain text. A4, DejaVu Sans
 * embedded as a subset, a footer with the controller, the case number and "page / pages". A character the font
 * has no glyph for is printed as "?" rather than failing the report.
 */
final class ReportPdf {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 20 * MM;
    private static final float WIDTH = PAGE.getWidth() - 2 * 20 * MM;
    private static final float TOP = PAGE.getHeight() - 18 * MM;
    private static final float BOTTOM = 24 * MM;
    private static final float FOOTER_BASELINE = 15 * MM;
    private static final float BODY_SIZE = 9.5f;
    private static final float LINE_HEIGHT = 1.3f;
    private static final float PAD_X = 3;
    private static final float PAD_Y = 2;
    private static final float BORDER = 0.5f;

    private enum Style {
        TITLE(17, true, 0, 10), HEADING1(14, true, 14, 6), HEADING2(12, true, 12, 4), HEADING3(10.5f, true, 8, 3),
        BODY(BODY_SIZE, false, 0, 4);

        final float size;
        final boolean heading;
        final float before;
        final float after;

        Style(float size, boolean heading, float before, float after) {
            this.size = size;
            this.heading = heading;
            this.before = before;
            this.after = after;
        }

        static Style of(P p) {
            String name = p.getPPr() != null && p.getPPr().getPStyle() != null ? p.getPPr().getPStyle().getVal() : "";
            return switch (name) {
                case "Title" -> TITLE;
                case "Heading1" -> HEADING1;
                case "Heading2" -> HEADING2;
                case "Heading3" -> HEADING3;
                default -> BODY;
            };
        }
    }

    /** A piece of a paragraph's text in one face. */
    private record Span(String text, boolean bold) {
    }

    /** A laid-out line: its pieces with their x offsets, and its height. */
    private record Line(List<Span> pieces, List<Float> offsets, float size, float height) {
    }

    /** A table row laid out: each cell's lines and how many grid columns the cell spans. */
    private record Row(List<List<Line>> lines, List<Integer> spans) {
        static final Row EMPTY = new Row(List.of(), List.of());

        int size() {
            return lines.size();
        }
    }

    /**
     * The fonts parsed once per thread (parsing them per document was a quarter of a report's PDF time). A parsed
     * font reads its file lazily and is not safe to share between threads; each document only reads it and keeps
     * the glyphs it used in its own embedder.
     */
    private static final ThreadLocal<TrueTypeFont[]> PARSED_FONTS = ThreadLocal.withInitial(() -> new TrueTypeFont[] {
        parse(ReportFonts.regular()), parse(ReportFonts.bold())});

    private ReportPdf() {
    }

    private static TrueTypeFont parse(byte[] ttf) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new IllegalStateException("the report font cannot be read", e);
        }
    }

    static byte[] render(WordprocessingMLPackage pkg, String footer) {
        try (PDDocument document = new PDDocument()) {
            Layout layout = new Layout(document);
            for (Object o : pkg.getMainDocumentPart().getContent()) {
                layout.block(unwrap(o));
            }
            layout.finish(footer);
            document.getDocumentInformation().setProducer("Tietovahti");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the PDF could not be rendered: " + e.getMessage(), e);
        }
    }

    /** Lays out one document page by page; not thread-safe, one per document. */
    private static final class Layout {

        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Map<Integer, Float> regularWidths = new HashMap<>();
        private final Map<Integer, Float> boldWidths = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            TrueTypeFont[] parsed = PARSED_FONTS.get();
            this.regular = PDType0Font.load(document, parsed[0], true);
            this.bold = PDType0Font.load(document, parsed[1], true);
            newPage();
        }

        void block(Object o) throws IOException {
            if (o instanceof P p) {
                paragraph(Style.of(p), spans(p));
            } else if (o instanceof Tbl t) {
                table(t);
            } else {
                String text = textOf(o);
                if (!text.isBlank()) {
                    paragraph(Style.BODY, List.of(new Span(text, false)));
                }
            }
        }

        private void paragraph(Style style, List<Span> spans) throws IOException {
            List<Line> lines = lines(spans, style.size, style.heading, WIDTH);
            if (y < TOP) {
                y -= style.before;
            }
            float height = 0;
            for (Line line : lines) {
                height += line.height();
            }
            // a heading keeps with what follows: never alone at the foot of a page
            if (style.heading && y - height - style.after - 3 * BODY_SIZE * LINE_HEIGHT < BOTTOM && y < TOP) {
                newPage();
            }
            for (Line line : lines) {
                if (y - line.height() < BOTTOM) {
                    newPage();
                }
                draw(line, LEFT, y);
                y -= line.height();
            }
            y -= style.after;
        }

        private void table(Tbl t) throws IOException {
            List<Tr> rows = new ArrayList<>();
            for (Object o : t.getContent()) {
                if (unwrap(o) instanceof Tr tr) {
                    rows.add(tr);
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            float[] widths = columnWidths(t, rows.get(0));
            Row header = cells(rows.get(0), widths, true);
            float headerHeight = rowHeight(header);
            // a header taller than a third of a page is drawn once, as a row, not repeated on every page
            Row repeated = headerHeight <= (TOP - BOTTOM) / 3 ? header : null;
            Row first = rows.size() > 1 ? cells(rows.get(1), widths, false) : Row.EMPTY;
            // the header does not stay alone at the foot of a page either
            if (y - headerHeight - Math.min(rowHeight(first), 3 * BODY_SIZE * LINE_HEIGHT) < BOTTOM && y < TOP) {
                newPage();
            }
            place(header, widths, true, null);
            for (int i = 1; i < rows.size(); i++) {
                place(i == 1 ? first : cells(rows.get(i), widths, false), widths, false, repeated);
            }
            y -= 6;
        }

        /**
         * Draws a row where it fits: on this page, else on the next under the repeated header; a row taller than a
         * page continues from page to page, each part under the header again.
         */
        private void place(Row cells, float[] widths, boolean bold, Row header) throws IOException {
            float headerHeight = header == null ? 0 : rowHeight(header);
            float height = rowHeight(cells);
            if (y - height < BOTTOM && height <= TOP - BOTTOM - headerHeight && y < TOP) {
                continueOnNextPage(widths, header);
            }
            while (y - rowHeight(cells) < BOTTOM) {
                boolean freshPage = y >= TOP - headerHeight;
                Row rest = fits(cells) ? drawPartOfRow(cells, widths, bold) : cells;
                if (freshPage && rest == cells) {
                    // not even one line fits under the header on an empty page: draw it whole rather than loop
                    break;
                }
                cells = rest;
                continueOnNextPage(widths, header);
            }
            drawRow(cells, widths, bold);
        }

        private void continueOnNextPage(float[] widths, Row header) throws IOException {
            newPage();
            if (header != null) {
                drawRow(header, widths, true);
            }
        }

        /** Whether at least one line of some cell fits above the foot of the page. */
        private boolean fits(Row cells) {
            float room = y - BOTTOM - 2 * PAD_Y;
            for (List<Line> cell : cells.lines()) {
                if (!cell.isEmpty() && cell.get(0).height() <= room) {
                    return true;
                }
            }
            return false;
        }

        private float[] columnWidths(Tbl t, Tr firstRow) {
            List<Float> grid = new ArrayList<>();
            if (t.getTblGrid() != null) {
                for (TblGridCol col : t.getTblGrid().getGridCol()) {
                    BigInteger w = col.getW();
                    grid.add(w == null ? 0f : w.floatValue());
                }
            }
            if (grid.isEmpty()) {
                for (Object o : firstRow.getContent()) {
                    if (unwrap(o) instanceof Tc) {
                        grid.add(1f);
                    }
                }
            }
            if (grid.isEmpty()) {
                // a table without a grid or cells: one column, so that its text still has somewhere to go
                grid.add(1f);
            }
            // a column without a usable width gets the others' mean; no usable width at all: equal columns
            float sum = 0;
            int known = 0;
            for (float w : grid) {
                if (w > 0 && Float.isFinite(w)) {
                    sum += w;
                    known++;
                }
            }
            float mean = known == 0 ? 1 : sum / known;
            float total = 0;
            for (int i = 0; i < grid.size(); i++) {
                if (!(grid.get(i) > 0 && Float.isFinite(grid.get(i)))) {
                    grid.set(i, mean);
                }
                total += grid.get(i);
            }
            float[] widths = new float[grid.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = WIDTH * grid.get(i) / total;
            }
            return widths;
        }

        /**
         * Each cell's lines, the gaps between its paragraphs folded into the lines' heights. A cell spanning grid
         * columns (w:gridSpan) is as wide as they are together; cells beyond the grid's columns are added to the
         * last cell's text, a table inside a cell is written a row per line.
         */
        private Row cells(Tr row, float[] widths, boolean header) {
            List<List<Line>> cells = new ArrayList<>();
            List<Integer> columnsOf = new ArrayList<>();
            int column = 0;
            for (Object o : row.getContent()) {
                if (!(unwrap(o) instanceof Tc tc)) {
                    continue;
                }
                List<Line> lines;
                if (column < widths.length) {
                    int span = Math.max(1, Math.min(gridSpan(tc), widths.length - column));
                    lines = new ArrayList<>();
                    cells.add(lines);
                    columnsOf.add(span);
                    column += span;
                } else {
                    lines = cells.get(cells.size() - 1);
                }
                int start = column - columnsOf.get(columnsOf.size() - 1);
                float width = -2 * PAD_X;
                for (int c = start; c < column; c++) {
                    width += widths[c];
                }
                for (Object c : tc.getContent()) {
                    for (List<Span> spans : paragraphsOf(unwrap(c))) {
                        List<Line> paragraph = lines(spans, BODY_SIZE, header, width);
                        if (!lines.isEmpty() && !paragraph.isEmpty()) {
                            Line last = lines.remove(lines.size() - 1);
                            lines.add(new Line(last.pieces(), last.offsets(), last.size(), last.height() + 1));
                        }
                        lines.addAll(paragraph);
                    }
                }
            }
            return new Row(cells, columnsOf);
        }

        private static int gridSpan(Tc tc) {
            if (tc.getTcPr() == null || tc.getTcPr().getGridSpan() == null
                    || tc.getTcPr().getGridSpan().getVal() == null) {
                return 1;
            }
            return tc.getTcPr().getGridSpan().getVal().min(BigInteger.valueOf(1000)).intValue();
        }

        /** A cell's block as paragraphs: itself, or for a nested table one paragraph per row, its cells spaced. */
        private static List<List<Span>> paragraphsOf(Object block) {
            if (block instanceof P p) {
                return List.of(spans(p));
            }
            if (block instanceof Tbl nested) {
                List<List<Span>> rows = new ArrayList<>();
                for (Object r : nested.getContent()) {
                    if (unwrap(r) instanceof Tr tr) {
                        List<String> texts = new ArrayList<>();
                        for (Object c : tr.getContent()) {
                            if (unwrap(c) instanceof Tc tc) {
                                StringBuilder text = new StringBuilder();
                                for (Object x : tc.getContent()) {
                                    for (List<Span> spans : paragraphsOf(unwrap(x))) {
                                        spans.forEach(sp -> text.append(sp.text()));
                                        text.append(' ');
                                    }
                                }
                                texts.add(text.toString().strip());
                            }
                        }
                        rows.add(List.of(new Span(String.join("   ", texts), false)));
                    }
                }
                return rows;
            }
            return List.of(List.of(new Span(textOf(block), false)));
        }

        private static float rowHeight(Row cells) {
            float max = 0;
            for (List<Line> cell : cells.lines()) {
                float h = 0;
                for (Line line : cell) {
                    h += line.height();
                }
                max = Math.max(max, h);
            }
            return max + 2 * PAD_Y;
        }

        /** Draws a row's boxes over the whole grid (a row with fewer cells gets empty boxes) and its cells' lines. */
        private void drawRow(Row cells, float[] widths, boolean header) throws IOException {
            float height = rowHeight(cells);
            float x = LEFT;
            int column = 0;
            int cell = 0;
            while (column < widths.length) {
                int span = cell < cells.size() ? cells.spans().get(cell) : 1;
                float width = 0;
                for (int c = column; c < column + span; c++) {
                    width += widths[c];
                }
                if (header) {
                    content.setNonStrokingColor(0.933f);
                    content.addRect(x, y - height, width, height);
                    content.fill();
                    content.setNonStrokingColor(0f);
                }
                content.setStrokingColor(0.6f);
                content.setLineWidth(BORDER);
                content.addRect(x, y - height, width, height);
                content.stroke();
                float lineY = y - PAD_Y;
                if (cell < cells.size()) {
                    for (Line line : cells.lines().get(cell)) {
                        draw(line, x + PAD_X, lineY);
                        lineY -= line.height();
                    }
                }
                x += width;
                column += span;
                cell++;
            }
            y -= height;
        }

        /** Draws the lines of each cell that fit above the foot of the page; returns the rest of the row. */
        private Row drawPartOfRow(Row cells, float[] widths, boolean bold) throws IOException {
            float room = y - BOTTOM - 2 * PAD_Y;
            List<List<Line>> now = new ArrayList<>();
            List<List<Line>> later = new ArrayList<>();
            for (List<Line> cell : cells.lines()) {
                float used = 0;
                int fits = 0;
                while (fits < cell.size() && used + cell.get(fits).height() <= room) {
                    used += cell.get(fits).height();
                    fits++;
                }
                now.add(cell.subList(0, fits));
                later.add(cell.subList(fits, cell.size()));
            }
            drawRow(new Row(now, cells.spans()), widths, bold);
            return new Row(later, cells.spans());
        }

        /** Greedy line breaking at spaces and line breaks; a word wider than the line is broken by characters. */
        private List<Line> lines(List<Span> spans, float size, boolean allBold, float width) {
            LineBreaker lines = new LineBreaker(size);
            for (Span span : spans) {
                boolean b = allBold || span.bold();
                String text = span.text();
                int i = 0;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (c == '\n') {
                        lines.endLine();
                        i++;
                        continue;
                    }
                    if (c == ' ' || c == '\t' || c == '\r') {
                        lines.space();
                        i++;
                        continue;
                    }
                    int end = i;
                    while (end < text.length() && " \t\r\n".indexOf(text.charAt(end)) < 0) {
                        end++;
                    }
                    String word = printable(text.substring(i, end), b);
                    i = end;
                    float space = lines.pendingSpace ? width(" ", b, size) : 0;
                    float w = width(word, b, size);
                    if (lines.x > 0 && lines.x + space + w > width) {
                        lines.endLine();
                        space = 0;
                    }
                    while (lines.x == 0 && w > width && word.length() > 1) {
                        int cut = fitting(word, b, size, width);
                        lines.add(word.substring(0, cut), b, 0, width(word.substring(0, cut), b, size));
                        lines.endLine();
                        word = word.substring(cut);
                        w = width(word, b, size);
                    }
                    lines.add(word, b, space, w);
                }
            }
            return lines.finish();
        }

        /** The lines of one paragraph as they are filled: the current line's pieces, each a run of one weight. */
        private static final class LineBreaker {
            private final float size;
            private final List<Line> lines = new ArrayList<>();
            private List<Span> pieces = new ArrayList<>();
            private List<Float> offsets = new ArrayList<>();
            private final StringBuilder piece = new StringBuilder();
            private boolean pieceBold;
            private float pieceX;
            private float x;
            private boolean pendingSpace;

            LineBreaker(float size) {
                this.size = size;
            }

            /** A space before the next word; none at the start of a line. */
            void space() {
                pendingSpace = x > 0 || piece.length() > 0 || !pieces.isEmpty();
            }

            /** A word (of the given advance) after the given space; a change of weight starts a new piece. */
            void add(String word, boolean bold, float space, float advance) {
                if (piece.length() > 0 && bold != pieceBold) {
                    closePiece();
                }
                if (piece.length() == 0) {
                    pieceBold = bold;
                    pieceX = x + space;
                } else if (space > 0) {
                    piece.append(' ');
                }
                piece.append(word);
                x += space + advance;
                pendingSpace = false;
            }

            void endLine() {
                closePiece();
                lines.add(new Line(pieces, offsets, size, size * LINE_HEIGHT));
                pieces = new ArrayList<>();
                offsets = new ArrayList<>();
                x = 0;
                pendingSpace = false;
            }

            /** The lines; an empty paragraph is one empty line. */
            List<Line> finish() {
                closePiece();
                if (!pieces.isEmpty() || lines.isEmpty()) {
                    endLine();
                }
                return lines;
            }

            private void closePiece() {
                if (piece.length() > 0) {
                    pieces.add(new Span(piece.toString(), pieceBold));
                    offsets.add(pieceX);
                    piece.setLength(0);
                }
            }
        }

        private int fitting(String word, boolean b, float size, float width) {
            int cut = 1;
            float w = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                w += advance(cp, b) * size / 1000;
                if (w > width && i > 0) {
                    return i;
                }
                i += Character.charCount(cp);
                cut = i;
            }
            return cut;
        }

        private void draw(Line line, float x, float top) throws IOException {
            // the baseline sits at about four fifths of the font size below the line's top, plus half the leading
            float baseline = top - line.size() * 0.93f - (line.height() - line.size()) / 2;
            for (int i = 0; i < line.pieces().size(); i++) {
                Span piece = line.pieces().get(i);
                content.beginText();
                content.setFont(piece.bold() ? bold : regular, line.size());
                content.newLineAtOffset(x + line.offsets().get(i), baseline);
                content.showText(piece.text());
                content.endText();
            }
        }

        private float width(String text, boolean b, float size) {
            float units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                units += advance(cp, b);
                i += Character.charCount(cp);
            }
            return units * size / 1000;
        }

        /** The glyph's advance in font units, or -1 when the face has no glyph for it. */
        private float advance(int codePoint, boolean b) {
            Map<Integer, Float> cache = b ? boldWidths : regularWidths;
            Float cached = cache.get(codePoint);
            if (cached == null) {
                PDType0Font font = b ? bold : regular;
                String s = new String(Character.toChars(codePoint));
                try {
                    font.encode(s);
                    cached = font.getStringWidth(s);
                } catch (IllegalArgumentException | IOException noGlyph) {
                    cached = -1f;
                }
                cache.put(codePoint, cached);
            }
            return cached < 0 ? advance('?', b) : cached;
        }

        /** The text with every character the face cannot draw replaced by "?". */
        private String printable(String text, boolean b) {
            StringBuilder out = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                advance(cp, b);
                boolean missing = (b ? boldWidths : regularWidths).get(cp) < 0;
                if (missing && out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                if (out != null) {
                    if (missing) {
                        out.append('?');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
                i += n;
            }
            return out == null ? text : out.toString();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        }

        /** Closes the last page and writes every page's footer, now that the number of pages is known. */
        void finish(String footer) throws IOException {
            content.close();
            String text = printable(AccessReportRenderer.clean(footer), false);
            for (int i = 0; i < pages.size(); i++) {
                String line = text + " · " + (i + 1) + " / " + pages.size();
                float w = width(line, false, 8);
                try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    foot.setNonStrokingColor(0.333f);
                    foot.beginText();
                    foot.setFont(regular, 8);
                    foot.newLineAtOffset(Math.max(LEFT, LEFT + WIDTH - w), FOOTER_BASELINE);
                    foot.showText(line);
                    foot.endText();
                }
            }
        }
    }

    private static List<Span> spans(P p) {
        List<Span> spans = new ArrayList<>();
        for (Object o : p.getContent()) {
            Object c = unwrap(o);
            if (c instanceof R r) {
                BooleanDefaultTrue b = r.getRPr() == null ? null : r.getRPr().getB();
                boolean bold = b != null && b.isVal();
                StringBuilder text = new StringBuilder();
                for (Object x : r.getContent()) {
                    if (x instanceof JAXBElement<?> e && !"t".equals(e.getName().getLocalPart())
                            && e.getValue() instanceof Text) {
                        // a field's code (w:instrText) or deleted text (w:delText): not what a reader sees
                        continue;
                    }
                    Object rc = unwrap(x);
                    if (rc instanceof Text t) {
                        text.append(AccessReportRenderer.clean(t.getValue()));
                    } else if (rc instanceof Br || rc instanceof R.Cr) {
                        text.append('\n');
                    } else if (rc instanceof R.Tab) {
                        text.append("    ");
                    } else if (rc instanceof R.NoBreakHyphen) {
                        text.append('-');
                    }
                }
                spans.add(new Span(text.toString(), bold));
            } else {
                // a hyperlink, a field, tracked changes, a content control: kept as their text
                spans.add(new Span(AccessReportRenderer.clean(textOf(c)), false));
            }
        }
        return spans;
    }

    private static String textOf(Object o) {
        StringWriter text = new StringWriter();
        try {
            TextUtils.extractText(o, text);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable document content", e);
        }
        return AccessReportRenderer.clean(text.toString());
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }
}
