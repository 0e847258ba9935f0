package fi.tietovahti.erasure;

import fi.tietovahti.registers.DataSubject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the erasure plan needs to know about a person's tenancies: whether they still live in one (as a party to the
 * contract or as an occupant), when the last stay ended, whether a claim is open, when the last closed, the last
 * rent-ledger entry; and whether an access request of theirs is still being answered. Read by SQL from the tenancy,
 * ledger and collection tables: a shortcut past the registers' SPI, to move behind it when the SPI can answer such
 * questions.
 */
@Component
class ErasureFacts {

    record Facts(boolean tenancyActive, LocalDate lastTenancyEnd, boolean openClaim, LocalDate lastClaimClosed,
                 LocalDate lastLedgerEntry, boolean accessRequestPending, LocalDate lastCaseClosed) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ErasureFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Facts of(DataSubject subject, LocalDate today) {
        // -1: no such id; keeps "in (...)" valid for a person without contracts or without a person row
        Map<String, Object> p = Map.of(
                "persons", subject.personIds().isEmpty() ? List.of(-1L) : subject.personIds(),
                "tenancies", subject.contractTenancyIds().isEmpty() ? List.of(-1L) : subject.contractTenancyIds(),
                "today", Date.valueOf(today));
        // living in a tenancy counts as much as being party to its contract (an adult child, a partner off the lease)
        Map<String, Object> row = jdbc.queryForMap("""
                with stays as (
                    select least(coalesce(o.moved_out, 'infinity'::date), coalesce(t.end_date, 'infinity'::date)) as until
                    from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                    where o.person_id in (:persons)
                    union all
                    select coalesce(t.end_date, 'infinity'::date) from tietovahti.tenancy t where t.id in (:tenancies))
                select coalesce(bool_or(until >= :today), false) as active,
                       max(until) filter (where until < :today) as last_end,
                       (select bool_or(c.status not in ('PAID', 'CLOSED')) from tietovahti.collection_case c
                        where c.tenancy_id in (:tenancies)) as open_claim,
                       (select max(c.closed_on) from tietovahti.collection_case c
                        where c.tenancy_id in (:tenancies)) as last_claim_closed,
                       (select max(l.entry_date) from tietovahti.ledger_entry l
                        where l.tenancy_id in (:tenancies)) as last_entry,
                       exists (select 1 from tietovahti.privacy_case c where c.case_type = 'ACCESS'
                               and c.subject_person_id in (:persons) and c.closed_at is null) as access_pending,
                       (select case when bool_and(c.closed_at is not null) then (max(c.closed_at) at time zone 'Europe/Helsinki')::date end
                        from tietovahti.privacy_case c where c.subject_person_id in (:persons)) as last_case_closed
                from stays""", p);
        return new Facts(Boolean.TRUE.equals(row.get("active")), date(row.get("last_end")),
                Boolean.TRUE.equals(row.get("open_claim")), date(row.get("last_claim_closed")),
                date(row.get("last_entry")), Boolean.TRUE.equals(row.get("access_pending")),
                date(row.get("last_case_closed")));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
