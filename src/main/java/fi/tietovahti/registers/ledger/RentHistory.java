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

    /** A payment as a disclosure shows it: its day and amount. */
    public record Payment(LocalDate paidOn, long amountCents) {
    }

    /** The payments of the tenancies from the day on, oldest first. */
    public Map<Long, List<Payment>> paymentsSince(Collection<Long> tenancyIds, LocalDate from) {
        Map<Long, List<Payment>> byTenancy = new java.util.HashMap<>();
        if (tenancyIds.isEmpty()) {
            return byTenancy;
        }
        jdbc.query("""
                select tenancy_id, entry_date, amount_cents from tietovahti.ledger_entry
                where tenancy_id in (:tenancies) and entry_type = 'PAYMENT' and entry_date >= :from
                order by tenancy_id, entry_date""", Map.of("tenancies", tenancyIds, "from", Date.valueOf(from)),
                rs -> {
                    byTenancy.computeIfAbsent(rs.getLong("tenancy_id"), k -> new java.util.ArrayList<>())
                            .add(new Payment(rs.getDate("entry_date").toLocalDate(), rs.getLong("amount_cents")));
                });
        return byTenancy;
    }
}
