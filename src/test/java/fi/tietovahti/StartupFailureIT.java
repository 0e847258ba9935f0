package fi.tietovahti;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TestInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-up stops at once, printing what is wrong, when the database is unreachable or the catalogue is invalid.
 * The application runs in a JVM of its own, as an operator would start it, and the test reads what it prints.
 * (A second application inside the test JVM would share the engine registry with the suite's context.)
 */
class StartupFailureIT {

    record Outcome(int exitCode, String output, long seconds) {
    }

    private static Outcome start(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), TietovahtiApplication.class.getName(),
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false"));
        command.addAll(List.of(args));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the application neither started nor failed within 120 s");
        }
        return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    @Test
    void anUnreachableDatabaseStopsStartUpWithAClearMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Outcome outcome = start("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/tietovahti",
                "--spring.datasource.hikari.connection-timeout=2000");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.seconds()).as("fails fast").isLessThan(60);
        assertThat(outcome.output()).contains("APPLICATION FAILED TO START")
                .contains("The database cannot be reached")
                .contains("TIETOVAHTI_DB_URL");
    }

    @Test
    void anInvalidCatalogueStopsStartUpListingEveryProblem() throws Exception {
        Outcome outcome = start("--spring.datasource.url=" + TestInfrastructure.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--camunda.bpm.process-engine-name=startup-failure-check",
                "--tietovahti.catalogue.location=classpath:catalogue/broken-catalogue.yml");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("APPLICATION FAILED TO START")
                .contains("category camera.recording has no purpose")
                .contains("refers to unknown retention rule 'forever'")
                .contains("Correct the processing catalogue");
    }
}
