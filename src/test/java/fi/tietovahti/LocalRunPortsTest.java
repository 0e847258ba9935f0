package fi.tietovahti;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.identity.EsignProperties;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The local run on moved ports (README, "Local mail and database"): the application calls the e-signature simulator,
 * which lives on its own server, and mails links to it, so the simulator's URLs must follow the server port.
 */
class LocalRunPortsTest {

    /** application.yml under application-local.yml under {@code overrides}, as the local run reads them. */
    private static EsignProperties esignOfTheLocalRun(Map<String, Object> overrides) throws IOException {
        ConfigurableEnvironment environment = new AbstractEnvironment() {
        };
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        environment.getPropertySources().addLast(new MapPropertySource("command line", overrides));
        for (String file : List.of("application-local.yml", "application.yml")) {
            for (PropertySource<?> source : yaml.load(file, new ClassPathResource(file))) {
                environment.getPropertySources().addLast(source);
            }
        }
        return Binder.get(environment).bind("tietovahti.esign", EsignProperties.class).get();
    }

    @Test
    void theSimulatorIsOnTheDefaultPortByDefault() throws IOException {
        EsignProperties esign = esignOfTheLocalRun(Map.of());
        assertThat(esign.baseUrl()).isEqualTo("http://localhost:8080/simulator/esign");
        assertThat(esign.publicBaseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void theSimulatorAndTheLinksInLettersFollowTheServerPort() throws IOException {
        // -Dspring-boot.run.arguments=--server.port=8081
        EsignProperties esign = esignOfTheLocalRun(Map.of("server.port", "8081"));
        assertThat(esign.baseUrl()).isEqualTo("http://localhost:8081/simulator/esign");
        assertThat(esign.publicBaseUrl()).isEqualTo("http://localhost:8081");
        assertThat(esign.callbackUrl()).isEqualTo("http://localhost:8081/esign/callback");
        // TIETOVAHTI_PORT, the service's own variable for its port, moves them as well
        assertThat(esignOfTheLocalRun(Map.of("TIETOVAHTI_PORT", "8082")).baseUrl())
                .isEqualTo("http://localhost:8082/simulator/esign");
    }
}
