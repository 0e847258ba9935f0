package fi.tietovahti.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ReportFontsTest {

    @Test
    void thePdfFontsHaveNoGlyphSubstitutionButEverythingElse() throws Exception {
        byte[] shipped = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream().readAllBytes();
        try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(shipped));
             TrueTypeFont pdf = new TTFParser().parse(new RandomAccessReadBuffer(ReportFonts.regular()))) {
            assertThat(original.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
            assertThat(pdf.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(pdf.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
            for (int c : "äöåÄÖÅ€šž".codePoints().toArray()) {
                int glyph = pdf.getUnicodeCmapLookup().getGlyphId(c);
                assertThat(glyph).as("U+%04X", c).isPositive().isEqualTo(original.getUnicodeCmapLookup().getGlyphId(c));
                assertThat(pdf.getAdvanceWidth(glyph)).isEqualTo(original.getAdvanceWidth(glyph));
            }
        }
        try (TrueTypeFont bold = new TTFParser().parse(new RandomAccessReadBuffer(ReportFonts.bold()))) {
            assertThat(bold.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
        }
    }
}
