package fi.tietovahti.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.docx4j.fonts.IdentityPlusMapper;
import org.docx4j.fonts.Mapper;
import org.docx4j.fonts.PhysicalFont;
import org.docx4j.fonts.PhysicalFonts;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts of letters and reports, shipped with the application (DejaVu Sans, see fonts/DejaVu-LICENSE.txt), so
 * that ä, ö, å and € render the same on a server without fonts. The host's fonts are not scanned.
 */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
    /** Fonts a template edited in Word or LibreOffice may name; all are drawn with the shipped font. */
    private static final List<String> ALIASES = List.of("Calibri", "Calibri Light", "Cambria", "Arial",
            "Times New Roman", "Liberation Sans", "Liberation Serif", "Carlito", "Aptos");

    private static volatile boolean registered;
    private static volatile Mapper mapper;

    private ReportFonts() {
    }

    static synchronized void register() {
        if (registered) {
            return;
        }
        try {
            // narrow discovery to our family before docx4j scans anything
            PhysicalFonts.setRegex(".*DejaVuSans(-Bold)?\\.ttf");
            Path dir = Files.createTempDirectory("tietovahti-fonts");
            for (String file : FILES) {
                Path target = dir.resolve(file);
                try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
                PhysicalFonts.addPhysicalFonts(FAMILY, target.toUri());
            }
            dir.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException("the report fonts cannot be installed", e);
        } catch (Exception e) {
            throw new IllegalStateException("the report fonts cannot be registered", e);
        }
        registered = true;
    }

    /** One mapper for all documents: building one per document redid docx4j's font set-up every time. */
    static synchronized Mapper mapper() {
        if (mapper == null) {
            register();
            Mapper created = new IdentityPlusMapper();
            PhysicalFont font = PhysicalFonts.get(FAMILY);
            if (font == null) {
                throw new IllegalStateException("font " + FAMILY + " was not registered");
            }
            created.put(FAMILY, font);
            ALIASES.forEach(alias -> created.put(alias, font));
            mapper = created;
        }
        return mapper;
    }
}
