package fi.tietovahti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void theServersErrorDetailWhichQuotesRowsStaysOutOfExceptionMessages() {
        Boolean detail = jdbc.execute((ConnectionCallback<Boolean>) c ->
                c.unwrap(BaseConnection.class).getLogServerErrorDetail());
        assertThat(detail).isFalse();
        // a unique violation on a person's code: the message says which constraint, not whose code
        assertThatThrownBy(() -> jdbc.update("""
                insert into tietovahti.person (first_name, last_name, hetu, birth_date)
                select 'Kaksoiskappale', 'Testi', hetu, birth_date from tietovahti.person where hetu is not null limit 1"""))
                .hasMessageContaining("person_hetu_key")
                .satisfies(e -> assertThat(rootMessage(e)).doesNotContainPattern("\\d{6}[-+A-FU-Y]\\d{3}"));
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
