package fi.tietovahti.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so its contract with the application is checked: the
 * services the README describes, PostgreSQL 16 like the embedded one, and every variable the app service sets is
 * one that application.yml reads (a typo would otherwise be silently ignored on the customer's server).
 */
class DockerComposeTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    private static Set<String> variablesTheApplicationReads() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources/application.yml")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void hasTheDatabaseTheApplicationAndAMailServer() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).containsOnlyKeys("db", "app", "mail");
        assertThat(service("db").get("image")).isEqualTo("postgres:16");
        assertThat(service("app").get("build")).isEqualTo(".");
        assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
        assertThat(service("app").get("ports")).isEqualTo(List.of("8080:8080"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyVariableOfTheAppServiceIsReadByTheApplication() throws IOException {
        Map<String, Object> env = (Map<String, Object>) service("app").get("environment");
        assertThat(variablesTheApplicationReads()).containsAll(env.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppPointsAtTheComposeDatabaseAndMailServer() throws IOException {
        Map<String, Object> env = (Map<String, Object>) service("app").get("environment");
        assertThat((String) env.get("TIETOVAHTI_DB_URL")).startsWith("jdbc:postgresql://db:5432/");
        assertThat(env.get("TIETOVAHTI_SMTP_HOST")).isEqualTo("mail");
        assertThat(env.get("TIETOVAHTI_IMAP_HOST")).isEqualTo("mail");
        Map<String, Object> dbEnv = (Map<String, Object>) service("db").get("environment");
        assertThat(dbEnv.get("POSTGRES_PASSWORD")).isEqualTo(env.get("TIETOVAHTI_DB_PASSWORD"));
        assertThat(((String) env.get("TIETOVAHTI_DB_URL"))).endsWith("/" + dbEnv.get("POSTGRES_DB"));
    }

    @Test
    void theEmbeddedDatabaseInTestsIsTheSameMajorVersionAsProduction() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<postgres-binaries.version>(\\d+)\\.").matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat("postgres:" + m.group(1)).isEqualTo(service("db").get("image"));
    }
}
