package fi.tietovahti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.LocalTietovahtiApplication.Infrastructure;
import fi.tietovahti.LocalTietovahtiApplication.Ports;

import fi.tietovahti.identity.EsignProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The local run on moved ports (README, "Local mail and database"). {@code ./mvnw spring-boot:test-run} starts the
 * local application in a JVM of its own, which sees none of Maven's {@code -D} flags unless pom.xml hands them over;
 * the application calls the e-signature simulator, which lives on its own server, and mails links to it, so the
 * simulator's URLs must follow the server port.
 */
class LocalRunPortsTest {

    private static final List<String> PORT_PROPERTIES = List.of(Ports.POSTGRES, Ports.SMTP, Ports.IMAP);

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("pom.xml: no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static Element springBootPlugin(Element project) {
        NodeList plugins = child(child(project, "build"), "plugins").getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (child(plugin, "artifactId").getTextContent().equals("spring-boot-maven-plugin")) {
                return plugin;
            }
        }
        throw new AssertionError("pom.xml has no spring-boot-maven-plugin");
    }

    @Test
    void mavenHandsThePortFlagsToTheLocalRunsJvmWithTheSameDefaults() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        Element handedOver = child(child(springBootPlugin(project), "configuration"), "systemPropertyVariables");
        Element properties = child(project, "properties");
        Ports defaults = Ports.of(new Properties());
        Map<String, Integer> expected = Map.of(Ports.POSTGRES, defaults.postgres(), Ports.SMTP, defaults.smtp(),
                Ports.IMAP, defaults.imap());
        for (String name : PORT_PROPERTIES) {
            // -Dtietovahti.local.smtp-port=4025 on Maven's command line overrides the project property of that name
            assertThat(child(handedOver, name).getTextContent()).as(name).isEqualTo("${" + name + "}");
            assertThat(Integer.valueOf(child(properties, name).getTextContent().strip())).as(name)
                    .isEqualTo(expected.get(name));
        }
    }

    @Test
    void thePortsAreTheSystemPropertiesOrTheDefaults() {
        assertThat(Ports.of(new Properties())).isEqualTo(new Ports(54329, 3025, 3143));
        Properties moved = new Properties();
        moved.setProperty(Ports.POSTGRES, "54339");
        moved.setProperty(Ports.SMTP, "3026");
        moved.setProperty(Ports.IMAP, " 3144 ");
        assertThat(Ports.of(moved)).isEqualTo(new Ports(54339, 3026, 3144));
        moved.setProperty(Ports.SMTP, "");
        assertThat(Ports.of(moved).smtp()).isEqualTo(3025);
        moved.setProperty(Ports.IMAP, "imap");
        assertThatThrownBy(() -> Ports.of(moved)).hasMessageContaining(Ports.IMAP).hasMessageContaining("'imap'");
    }

    @Test
    void theDatabaseAndTheMailServerStartOnMovedPortsAndTheApplicationIsPointedAtThem(@TempDir Path data)
            throws Exception {
        Ports moved = new Ports(freePort(), freePort(), freePort());
        try (Infrastructure infrastructure = Infrastructure.start(moved, data.resolve("pgdata"))) {
            Map<String, String> settings = infrastructure.applicationProperties();
            assertThat(settings.get("spring.datasource.url")).contains("localhost:" + moved.postgres() + "/");
            assertThat(settings).containsEntry("tietovahti.mail.smtp.port", String.valueOf(moved.smtp()))
                    .containsEntry("tietovahti.mail.imap.port", String.valueOf(moved.imap()));
            try (Connection db = DriverManager.getConnection(settings.get("spring.datasource.url"),
                    settings.get("spring.datasource.username"), settings.get("spring.datasource.password"));
                 ResultSet port = db.createStatement().executeQuery("select current_setting('port')")) {
                assertThat(port.next()).isTrue();
                assertThat(port.getInt(1)).isEqualTo(moved.postgres());
            }
            assertThat(greeting(moved.smtp())).startsWith("220 ");
            assertThat(greeting(moved.imap())).startsWith("* OK");
        }
    }

    private static String greeting(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

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
