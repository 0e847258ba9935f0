package fi.tietovahti.testsupport;

import java.io.IOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Binds a part of the shipped application.yml as Spring binds it at start-up (placeholders with their defaults), for
 * unit tests of rules whose numbers are configuration: the test checks the numbers the service runs with.
 */
public final class ApplicationYaml {

    private ApplicationYaml() {
    }

    public static <T> T bind(String prefix, Class<T> type) {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment),
                    new PropertySourcesPlaceholdersResolver(environment)).bind(prefix, type).get();
        } catch (IOException e) {
            throw new IllegalStateException("application.yml cannot be read", e);
        }
    }
}
