package fi.tietovahti.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts of letters and reports, shipped with the application (DejaVu Sans, see fonts/DejaVu-LICENSE.txt), so
 * that ä, ö, å and € render the same on a server without fonts. The templates name this family; the PDF embeds
 * (a subset of) these files and never looks at the host's fonts.
 */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = withoutGlyphSubstitution(read("DejaVuSans.ttf"));
    private static final byte[] BOLD = withoutGlyphSubstitution(read("DejaVuSans-Bold.ttf"));

    private ReportFonts() {
    }

    /** The regular face's file; callers must not change the array. */
    static byte[] regular() {
        return REGULAR;
    }

    /** The bold face's file; callers must not change the array. */
    static byte[] bold() {
        return BOLD;
    }

    /**
     * The font with its GSUB table hidden (its tag renamed, which readers skip as an unknown table). With a GSUB
     * table PDFBox runs the glyph substitution of complex scripts on every string it draws (regular expressions
     * per word: 60% of a report's PDF time in a profile), for Finnish, Swedish and English text that needs none;
     * without it the glyphs drawn are the ones whose widths the layout measured.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'g';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'x';
            }
        }
        return copy;
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the report font " + file + " is missing", e);
        }
    }
}
