package fi.tietovahti.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure plan executed through every register and checked in the database: what the decision lets go is gone
 * or anonymised, what it keeps is untouched, and a second run changes nothing. Each test rolls back.
 */
@TietovahtiTest
@Transactional
class ErasureExecutionIT {

    @Autowired
    Erasures erasures;
    @Autowired
    ResidentDirectory residents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    fi.tietovahti.catalogue.Catalogue catalogue;

    @Test
    void aFormerTenantLosesWhatTheTenancyNoLongerNeedsAndKeepsTheLeaseAndTheLedger() {
        long person = jdbc.queryForObject("""
                select o.person_id from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                where o.role = 'MAIN_TENANT' and t.end_date < current_date - 400
                  and exists (select 1 from tietovahti.booking b where b.person_id = o.person_id)
                  and exists (select 1 from tietovahti.fault_report f where f.reporter_person_id = o.person_id)
                  and not exists (select 1 from tietovahti.occupancy o2 join tietovahti.tenancy t2 on t2.id = o2.tenancy_id
                                  where o2.person_id = o.person_id and (t2.end_date is null or t2.end_date >= current_date))
                  and not exists (select 1 from tietovahti.collection_case c where c.tenancy_id = t.id
                                  and c.status not in ('PAID', 'CLOSED'))
                order by o.person_id limit 1""", Long.class);
        DataSubject former = residents.subjectOf(List.of(person));
        Long[] tenancies = former.contractTenancyIds().toArray(Long[]::new);
        int ledger = count("select count(*) from tietovahti.ledger_entry where tenancy_id = any(?)", (Object) tenancies);
        int faults = count("""
                select count(*) from tietovahti.fault_report where apartment_id in
                (select apartment_id from tietovahti.tenancy where id = any(?))""", (Object) tenancies);

        Erasures.Executed executed = erasures.planAndExecute(former);

        assertThat(executed.total()).isPositive();
        assertThat(count("select count(*) from tietovahti.booking where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from tietovahti.service_interaction where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from tietovahti.fault_report where reporter_person_id = ?", person))
                .as("the person is gone from the apartment's fault reports").isZero();
        assertThat(count("""
                select count(*) from tietovahti.fault_report where apartment_id in
                (select apartment_id from tietovahti.tenancy where id = any(?))""", (Object) tenancies))
                .as("the apartment's history stays").isEqualTo(faults);
        assertThat(count("select count(*) from tietovahti.ledger_entry where tenancy_id = any(?)", (Object) tenancies))
                .as("the ledger is held (Accounting Act)").isEqualTo(ledger);
        assertThat(count("select count(*) from tietovahti.tenancy where id = any(?)", (Object) tenancies))
                .isEqualTo(tenancies.length);

        // Art. 19: the processors of the categories that lost records, not those of the kept lease and ledger
        java.util.Set<String> told = executed.recipientsToTell(catalogue);
        assertThat(told).contains("processor-it", "processor-contractors")
                .doesNotContain("processor-collection", "bailiff", "courts")
                .allSatisfy(id -> assertThat(catalogue.recipientsById().get(id).kind()).isEqualTo("processor"));

        Erasures.Executed again = erasures.planAndExecute(former);
        assertThat(again.total()).as("a second run changes nothing").isZero();
        assertThat(again.recipientsToTell(catalogue)).as("and tells nobody again").isEmpty();
    }

    @Test
    void aRunningTenantLosesTheOptionalServicesAndKeepsWhatTheTenancyNeeds() {
        DataSubject aino = residents.subjectOf(List.of(residents.byIdentityCode(
                PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU)).orElseThrow().getId()));
        long person = aino.personIds().iterator().next();
        String email = aino.emails().iterator().next();
        int bookings = count("select count(*) from tietovahti.booking where person_id = ?", person);
        assertThat(bookings).isPositive();

        Erasures.Executed executed = erasures.planAndExecute(aino);

        assertThat(count("select count(*) from tietovahti.newsletter_subscriber where lower(email) = ?", email)).isZero();
        assertThat(count("select count(*) from tietovahti.exchange_account where lower(email) = ?", email)).isZero();
        assertThat(count("select count(*) from tietovahti.eko_user where lower(email) = ?", email)).isZero();
        assertThat(count("select count(*) from tietovahti.health_note where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from tietovahti.camera_recording_subject where person_id = ?", person))
                .isZero();
        assertThat(count("select count(*) from tietovahti.booking where person_id = ?", person))
                .as("kept while the tenancy runs").isEqualTo(bookings);
        assertThat(count("select count(*) from tietovahti.person where id = ? and hetu is not null", person))
                .as("the tenant is still the tenant").isEqualTo(1);
        // the camera recording went to nobody but could have gone to the police: only a disclosure shows that
        assertThat(executed.recipientsToTell(catalogue)).contains("processor-it").doesNotContain("police");
        assertThat(erasures.planAndExecute(aino).total()).as("a second run changes nothing").isZero();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
