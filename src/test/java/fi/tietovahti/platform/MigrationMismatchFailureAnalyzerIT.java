package fi.tietovahti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.testsupport.TietovahtiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A migration changed after it was applied, on the real database: start-up says what to do (the local run's
 * .local/pgdata from an older build is the usual case) instead of a stack trace.
 */
@TietovahtiTest
class MigrationMismatchFailureAnalyzerIT {

    private static final String SCHEMA = "migration_mismatch_probe";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path migrations;

    @AfterEach
    void dropProbeSchema() {
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void aMigrationChangedAfterItWasAppliedStopsStartUpWithAdvice() throws IOException {
        Path first = migrations.resolve("V1__probe.sql");
        Files.writeString(first, "create table probe (id integer);");
        flyway().migrate();
        Files.writeString(first, "create table probe (id bigint);");

        assertThatThrownBy(() -> flyway().migrate()).isInstanceOf(FlywayValidateException.class)
                .satisfies(mismatch -> {
                    FailureAnalysis analysis = new MigrationMismatchFailureAnalyzer()
                            .analyze(new BeanCreationException("flywayInitializer", "Invocation failed", mismatch));
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("schema history").contains("checksum");
                    assertThat(analysis.getAction()).contains(".local/pgdata").contains("new migration");
                });
    }

    @Test
    void springBootFindsTheAnalyzer() {
        // the failure handler skips Boot's own analyzers that want constructor arguments
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { })))
                .anyMatch(MigrationMismatchFailureAnalyzer.class::isInstance);
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("filesystem:" + migrations).load();
    }
}
