package fi.tietovahti.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts of letters and reports, shipped with the application (DejaVu Sans, see fonts/DejaVu-LICENSE.txt), so
 * that ä, ö, å and € render the same on a server without fonts. The templates name this family; the PDF renderer
 * embeds these files and never scans the host's fonts.
 */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

    private static volatile Path directory;

    private ReportFonts() {
    }

    /** Copies the fonts out of the jar once, where the renderer can read them as files. */
    private static synchronized Path directory() {
        if (directory == null) {
            try {
                Path dir = Files.createTempDirectory("tietovahti-fonts");
                for (String file : FILES) {
                    Path target = dir.resolve(file);
                    try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    target.toFile().deleteOnExit();
                }
                dir.toFile().deleteOnExit();
                directory = dir;
            } catch (IOException e) {
                throw new UncheckedIOException("the report fonts cannot be installed", e);
            }
        }
        return directory;
    }

    static Path regular() {
        return directory().resolve(FILES.get(0));
    }

    static Path bold() {
        return directory().resolve(FILES.get(1));
    }
}
