package fi.tietovahti.erasure;

import fi.tietovahti.registers.DataSubject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the erasure plan needs to know about a person's tenancies: whether one runs, when the last ended, whether
 * a claim is open, when the last closed, the last rent-ledger entry. Read from the tenancy, ledger and collection
 * tables of the contracts the person is a party to.
 */
@Component
class ErasureFacts {

    record Facts(boolean tenancyActive, LocalDate lastTenancyEnd, boolean openClaim, LocalDate lastClaimClosed,
                 LocalDate lastLedgerEntry) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ErasureFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Facts of(DataSubject subject, LocalDate today) {
        if (subject.contractTenancyIds().isEmpty()) {
            return new Facts(false, null, false, null, null);
        }
        Map<String, Object> p = Map.of("tenancies", subject.contractTenancyIds(), "today", Date.valueOf(today));
        Map<String, Object> row = jdbc.queryForMap("""
                select bool_or(t.end_date is null or t.end_date >= :today) as active,
                       max(t.end_date) filter (where t.end_date < :today) as last_end,
                       (select bool_or(c.status not in ('PAID', 'CLOSED')) from tietovahti.collection_case c
                        where c.tenancy_id in (:tenancies)) as open_claim,
                       (select max(c.closed_on) from tietovahti.collection_case c
                        where c.tenancy_id in (:tenancies)) as last_claim_closed,
                       (select max(l.entry_date) from tietovahti.ledger_entry l
                        where l.tenancy_id in (:tenancies)) as last_entry
                from tietovahti.tenancy t where t.id in (:tenancies)""", p);
        return new Facts(Boolean.TRUE.equals(row.get("active")), date(row.get("last_end")),
                Boolean.TRUE.equals(row.get("open_claim")), date(row.get("last_claim_closed")),
                date(row.get("last_entry")));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
