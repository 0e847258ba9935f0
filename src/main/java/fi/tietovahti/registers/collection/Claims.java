package fi.tietovahti.registers.collection;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection register as other modules ask it: an open claim, a tenancy's claim history (the erasure plan keeps
 * what an open claim needs), and a step taken on a claim. The register's tables are written and read here.
 */
@Component
public class Claims {

    /** An open claim: whose tenancy, how much. */
    public record OpenClaim(long id, long tenancyId, long principalCents) {
    }

    /** Whether a claim of these tenancies is open, and when the last one closed (null: none closed). */
    public record History(boolean open, LocalDate lastClosed) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    Claims(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OpenClaim> open(long id) {
        return jdbc.query("""
                select id, tenancy_id, principal_cents from tietovahti.collection_case
                where id = :id and status = 'OPEN'""", Map.of("id", id), (rs, i) -> new OpenClaim(rs.getLong("id"),
                rs.getLong("tenancy_id"), rs.getLong("principal_cents"))).stream().findFirst();
    }

    public History of(Collection<Long> tenancyIds) {
        Map<String, Object> row = jdbc.queryForMap("""
                select bool_or(c.status not in ('PAID', 'CLOSED')) as open, max(c.closed_on) as last_closed
                from tietovahti.collection_case c where c.tenancy_id in (:tenancies)""",
                Map.of("tenancies", tenancyIds.isEmpty() ? List.of(-1L) : tenancyIds));
        return new History(Boolean.TRUE.equals(row.get("open")),
                row.get("last_closed") == null ? null : ((Date) row.get("last_closed")).toLocalDate());
    }

    /** A step taken on the claim (a reminder sent, a fee charged), recorded in its history. */
    @Transactional
    public void recordStep(long claimId, String stepType, LocalDate on, long feeCents, String note) {
        jdbc.update("""
                insert into tietovahti.collection_step (case_id, step_type, step_date, fee_cents, note)
                values (:claim, :type, :on, :fee, :note)""", Map.of("claim", claimId, "type", stepType,
                "on", Date.valueOf(on), "fee", feeCents, "note", note));
    }

    /** The principal of the tenancies' open claims, in cents (0 when none is open). */
    public long openPrincipalCents(Collection<Long> tenancyIds) {
        Long sum = jdbc.queryForObject("""
                select coalesce(sum(principal_cents), 0) from tietovahti.collection_case
                where tenancy_id in (:tenancies) and status not in ('PAID', 'CLOSED')""",
                Map.of("tenancies", tenancyIds.isEmpty() ? List.of(-1L) : tenancyIds), Long.class);
        return sum == null ? 0 : sum;
    }
}
