package fi.tietovahti.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the first versions of templates/request-form-{fi,sv,en}.docx, on request only:
 * {@code ./mvnw test -Dtest=RequestFormTemplateGenerator -Dtemplates.generate=true}. Afterwards the forms may be
 * edited in Word like any document, keeping each content control's tag. Its name keeps it out of the suite.
 */
class RequestFormTemplateGenerator {

    @Test
    @EnabledIfSystemProperty(named = "templates.generate", matches = "true")
    void generate() throws Exception {
        for (String language : RequestForms.TEXTS.keySet()) {
            Files.write(Path.of("templates/request-form-" + language + ".docx"), RequestForms.template(language));
        }
    }
}
