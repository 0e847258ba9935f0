package fi.tietovahti.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A database that cannot be reached stops start-up with one clear sentence instead of a page of stack trace. */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    public FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        boolean unreachable = "08001".equals(cause.getSQLState()) || "08006".equals(cause.getSQLState())
                || findCause(rootFailure, ConnectException.class) != null;
        if (!unreachable) {
            return null;
        }
        return new FailureAnalysis("The database cannot be reached: " + cause.getMessage(),
                "Check TIETOVAHTI_DB_URL, TIETOVAHTI_DB_USER and TIETOVAHTI_DB_PASSWORD and that PostgreSQL is "
                        + "running. For a local run without a database use ./mvnw spring-boot:test-run "
                        + "(embedded PostgreSQL).", cause);
    }
}
