package fi.tietovahti.erasure;

import fi.tietovahti.testsupport.TestClock;
import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo residents the erasure tests need: the showcase (tenancy running) and a former tenant. */
final class TestResidents {

    private TestResidents() {
    }

    static DataSubject showcase(ResidentDirectory residents) {
        return residents.subjectOf(List.of(residents.byIdentityCode(
                PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU)).orElseThrow().getId()));
    }

    /**
     * A main tenant whose every tenancy ended between {@code yearsAgoAtMost} and {@code yearsAgoAtLeast} years ago
     * and whose claims (if any) are closed, with bookings and fault reports of their own (so that an erasure has
     * something to take).
     */
    static DataSubject formerTenant(JdbcTemplate jdbc, ResidentDirectory residents, int yearsAgoAtLeast,
                                    int yearsAgoAtMost) {
        long person = jdbc.queryForObject("""
                select o.person_id from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                where o.role = 'MAIN_TENANT' and t.end_date < current_date - make_interval(years => ?)
                  and t.end_date > current_date - make_interval(years => ?)
                  and exists (select 1 from tietovahti.booking b where b.person_id = o.person_id)
                  and exists (select 1 from tietovahti.fault_report f where f.reporter_person_id = o.person_id)
                  and not exists (select 1 from tietovahti.occupancy o2
                                  join tietovahti.tenancy t2 on t2.id = o2.tenancy_id
                                  where o2.person_id = o.person_id and (t2.end_date is null or t2.end_date >= current_date))
                  and not exists (select 1 from tietovahti.collection_case c where c.tenancy_id = t.id
                                  and c.status not in ('PAID', 'CLOSED'))
                order by o.person_id limit 1""".replace("current_date", TestClock.sqlDate()), Long.class,
                yearsAgoAtLeast, yearsAgoAtMost);
        return residents.subjectOf(List.of(person));
    }

    /** An adult who lives in a running tenancy without being party to its contract (a grown-up child). */
    static DataSubject coResident(JdbcTemplate jdbc, ResidentDirectory residents) {
        long person = jdbc.queryForObject("""
                select o.person_id from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                where o.role = 'ADULT' and o.moved_out is null and t.end_date is null
                order by o.person_id limit 1""", Long.class);
        return residents.subjectOf(List.of(person));
    }
}
