package fi.tietovahti.platform;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A database whose schema history does not match this build's migrations stops start-up with what to do, not with
 * Flyway's message at the bottom of a long stack trace. The usual cause is harmless (a developer's local database
 * from an older build); in production it means someone edited an applied migration, which must never be repaired by
 * deleting data, so the advice names both.
 */
public class MigrationMismatchFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
        return new FailureAnalysis(
                "The database's schema history does not match the migrations of this build: " + cause.getMessage(),
                """
                Local run (./mvnw spring-boot:test-run): the database in .local/pgdata was made by another build. \
                Stop the run, delete .local/pgdata and start again (fresh demo data).
                Any other database: an applied migration was changed or removed. Restore the migration files of \
                src/main/resources/db/migration as they were when applied and add the change as a new migration; \
                do not delete data and do not run 'flyway repair' without knowing why the files differ.""",
                cause);
    }
}
