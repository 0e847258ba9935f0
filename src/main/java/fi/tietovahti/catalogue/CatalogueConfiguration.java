package fi.tietovahti.catalogue;

import fi.tietovahti.registers.PersonalDataSource;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the catalogue at start-up and refuses to start when it, or a register, is out of line. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

    @Bean
    Catalogue catalogue(@Value("${tietovahti.catalogue.location}") Resource location, List<PersonalDataSource> sources) {
        Catalogue catalogue = CatalogueLoader.load(location);
        List<String> problems = CatalogueValidator.validateSources(catalogue, sources);
        if (!problems.isEmpty()) {
            throw new CatalogueException(location.getDescription(), problems);
        }
        log.info("Processing catalogue loaded: {} registers, {} categories, {} recipients, {} retention rules",
                catalogue.registers().size(), catalogue.categories().count(), catalogue.recipients().size(),
                catalogue.retentionRules().size());
        return catalogue;
    }
}
