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

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

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

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the report font " + file + " is missing", e);
        }
    }
}
