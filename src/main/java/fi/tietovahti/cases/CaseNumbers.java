package fi.tietovahti.cases;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers TV-&lt;year&gt;-&lt;6 digits&gt;, counting from 1 each year. The counter is incremented and committed in a
 * transaction of its own: held until the case's transaction commits (the start of a process, with its letters and
 * history), the counter row's lock made every new case in the service wait for the one before it. The price is a
 * number left unused when the opening fails afterwards, as with a database sequence; numbers stay unique and rising.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;

    CaseNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next(int year) {
        // one statement: concurrent openings never get the same number
        Integer next = jdbc.queryForObject("""
                insert into tietovahti.case_number_counter (year, last_value) values (?, 1)
                on conflict (year) do update set last_value = tietovahti.case_number_counter.last_value + 1
                returning last_value""", Integer.class, year);
        if (next == null || next > 999_999) {
            throw new IllegalStateException("case numbers for " + year + " are exhausted");
        }
        return String.format(Locale.ROOT, "TV-%d-%06d", year, next);
    }
}
