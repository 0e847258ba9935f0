package fi.tietovahti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The connection settings of application.yml reach the driver (a misspelt property would be ignored silently). */
@TietovahtiTest
class DatabaseSettingsIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void batchedInsertsAreSentAsMultiRowInserts() {
        Boolean rewriting = jdbc.execute((ConnectionCallback<Boolean>) c ->
                c.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled());
        assertThat(rewriting).isTrue();
    }
}
