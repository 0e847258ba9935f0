package fi.tietovahti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fi.tietovahti.catalogue.CatalogueFailureAnalyzer;
import fi.tietovahti.platform.DatabaseUnreachableFailureAnalyzer;
import fi.tietovahti.testsupport.TestInfrastructure;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** Start-up stops at once, saying what is wrong, when the database is unreachable or the catalogue is invalid. */
class StartupFailureIT {

    private static Throwable start(String... args) {
        return catchThrowable(() -> SpringApplication.run(TietovahtiApplication.class, args).close());
    }

    @Test
    void ourFailureAnalyzersAreRegistered() {
        @SuppressWarnings("deprecation")
        var names = SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader());
        assertThat(names).contains(CatalogueFailureAnalyzer.class.getName(),
                DatabaseUnreachableFailureAnalyzer.class.getName());
    }

    @Test
    void anUnreachableDatabaseStopsStartUpWithAClearMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();
        Throwable failure = start("--spring.profiles.active=test", "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/tietovahti",
                "--spring.datasource.hikari.connection-timeout=2000");
        assertThat(failure).isNotNull();
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("fails fast, seconds").isLessThan(60);
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("The database cannot be reached");
        assertThat(analysis.getAction()).contains("TIETOVAHTI_DB_URL");
    }

    @Test
    void anInvalidCatalogueStopsStartUpListingEveryProblem() {
        Throwable failure = start("--spring.profiles.active=test", "--server.port=0",
                "--spring.datasource.url=" + TestInfrastructure.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--tietovahti.identity.users[0].id=",
                "--tietovahti.catalogue.location=classpath:catalogue/broken-catalogue.yml");
        FailureAnalysis analysis = new CatalogueFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .contains("category camera.recording has no purpose")
                .contains("refers to unknown retention rule 'forever'");
    }
}
