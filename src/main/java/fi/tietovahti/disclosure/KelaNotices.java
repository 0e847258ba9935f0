package fi.tietovahti.disclosure;

import fi.tietovahti.registers.tenancy.ResidentFacts;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The landlord's notice to Kela that a tenancy ends or a tenant moves out (938/2014 §25(3); pensioners 571/2007
 * §25 b), owed only while Kela pays the tenant's housing allowance to the landlord (§25(1)-(2)). The tenancy and
 * eviction processes call {@link #tenancyEnds}; the notices wait in a queue and the daily batch
 * ({@code kela-notice-batch}) sends them through disclosure-request as one disclosure: one file to Kela, every person
 * in the disclosure register.
 */
@Service
public class KelaNotices {

    private final ResidentFacts residents;
    private final DisclosureDoors doors;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    KelaNotices(ResidentFacts residents, DisclosureDoors doors, JdbcTemplate jdbc, Clock clock) {
        this.residents = residents;
        this.doors = doors;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The tenant moves out of the tenancy (or it ends) on the day. Returns the queued notice's id, or empty when none
     * is owed (the allowance is not paid to the landlord on that day). The same notice twice is queued once.
     *
     * @param cause what caused it, without personal data (e.g. {@code termination:1234})
     */
    @Transactional
    public Optional<Long> tenancyEnds(long tenancyId, long personId, LocalDate movesOut, String cause) {
        if (!residents.allowancePaidToLandlord(tenancyId, personId, movesOut)) {
            return Optional.empty();
        }
        // one statement: the new notice's id, or the one queued before
        return Optional.of(jdbc.queryForObject("""
                with queued as (insert into tietovahti.kela_notice (person_id, tenancy_id, moves_out, cause, queued_at)
                                values (?, ?, ?, ?, ?) on conflict (person_id, tenancy_id, moves_out) do nothing
                                returning id)
                select id from queued union all
                select id from tietovahti.kela_notice where person_id = ? and tenancy_id = ? and moves_out = ?
                limit 1""", Long.class, personId, tenancyId, Date.valueOf(movesOut), cause,
                Timestamp.from(clock.instant()), personId, tenancyId, Date.valueOf(movesOut)));
    }

    /**
     * Sends the waiting notices as one disclosure to Kela; empty when none waits. Two nodes sending at once send
     * each notice once (the rows are locked and skipped).
     */
    @Transactional
    public Optional<DisclosureDoors.Started> sendWaiting() {
        List<Map<String, Object>> waiting = jdbc.queryForList("""
                select id, person_id from tietovahti.kela_notice where request_id is null order by id
                for update skip locked""");
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        List<Long> persons = waiting.stream().map(r -> ((Number) r.get("person_id")).longValue()).distinct().toList();
        String cause = "kela-notices:" + waiting.get(0).get("id") + "-" + waiting.get(waiting.size() - 1).get("id");
        DisclosureDoors.Started started = doors.fromProcess("KELA", new DisclosureDoors.Ask("MOVE_OUT_NOTICE",
                "938/2014 25 § 3 mom.", false, false, null, persons, null, cause));
        long requestId = jdbc.queryForObject("select id from tietovahti.disclosure_request where reference = ?",
                Long.class, started.reference());
        for (Map<String, Object> r : waiting) {
            jdbc.update("update tietovahti.kela_notice set request_id = ? where id = ?", requestId, r.get("id"));
        }
        return Optional.of(started);
    }

    /** The move-out days the notices of a request tell Kela, by person: the extract's movedOut column. */
    Map<Long, String> movesOut(long requestId) {
        Map<Long, String> days = new HashMap<>();
        jdbc.query("select person_id, moves_out from tietovahti.kela_notice where request_id = ? order by moves_out",
                rs -> {
                    LocalDate d = rs.getDate("moves_out").toLocalDate();
                    days.put(rs.getLong("person_id"), d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear());
                }, requestId);
        return days;
    }
}
