package fi.tietovahti.registers.tenancy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's stays as the tenancy register knows them: living in a tenancy counts as much as being party to its
 * contract (an adult child, a partner off the lease).
 */
@Component
public class Stays {

    /** Whether a stay runs on the day, and when the last one that has ended ended (null: none ended). */
    public record Facts(boolean active, LocalDate lastEnded) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    Stays(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stays of these persons (as occupants) and of these contracts (as their parties), on the day. */
    public Facts of(Collection<Long> personIds, Collection<Long> contractTenancyIds, LocalDate today) {
        Map<String, Object> row = jdbc.queryForMap("""
                with stays as (
                    select least(coalesce(o.moved_out, 'infinity'::date), coalesce(t.end_date, 'infinity'::date)) as until
                    from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                    where o.person_id in (:persons)
                    union all
                    select coalesce(t.end_date, 'infinity'::date) from tietovahti.tenancy t where t.id in (:tenancies))
                select coalesce(bool_or(until >= :today), false) as active,
                       max(until) filter (where until < :today) as last_end
                from stays""", Map.of(
                "persons", personIds.isEmpty() ? List.of(-1L) : personIds,
                "tenancies", contractTenancyIds.isEmpty() ? List.of(-1L) : contractTenancyIds,
                "today", Date.valueOf(today)));
        return new Facts(Boolean.TRUE.equals(row.get("active")),
                row.get("last_end") == null ? null : ((Date) row.get("last_end")).toLocalDate());
    }
}
