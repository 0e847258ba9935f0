package fi.tietovahti.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.Resource;

/** Reads catalogue.yml strictly: an unknown key is an error, not something silently ignored. */
public final class CatalogueLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private CatalogueLoader() {
    }

    /** Loads and validates the catalogue on its own; throws {@link CatalogueException} listing every problem. */
    public static Catalogue load(Resource resource) {
        String location = resource.getDescription();
        Catalogue catalogue;
        try (InputStream in = resource.getInputStream()) {
            catalogue = YAML.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new CatalogueException(location, e);
        }
        if (catalogue == null) {
            throw new CatalogueException(location, List.of("the file is empty"));
        }
        List<String> problems = CatalogueValidator.validate(catalogue);
        if (!problems.isEmpty()) {
            throw new CatalogueException(location, problems);
        }
        return catalogue;
    }
}
