package fi.tietovahti.registers.ledger;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The rent ledger as other modules ask it: the day of a tenancy's last entry (the bookkeeping period runs from it). */
@Component
public class RentHistory {

    private final NamedParameterJdbcTemplate jdbc;

    RentHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last entry of these tenancies; null when they have none. */
    public LocalDate lastEntry(Collection<Long> tenancyIds) {
        Date last = jdbc.queryForObject("select max(l.entry_date) from tietovahti.ledger_entry l "
                + "where l.tenancy_id in (:tenancies)",
                Map.of("tenancies", tenancyIds.isEmpty() ? List.of(-1L) : tenancyIds), Date.class);
        return last == null ? null : last.toLocalDate();
    }
}
