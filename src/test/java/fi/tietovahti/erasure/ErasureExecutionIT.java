package fi.tietovahti.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.testsupport.TietovahtiTest;
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
    ErasurePlanner planner;
    @Autowired
    ResidentDirectory residents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    fi.tietovahti.catalogue.Catalogue catalogue;

    @Test
    void aFormerTenantLosesWhatTheTenancyNoLongerNeedsAndKeepsTheLeaseAndTheLedger() {
        DataSubject former = TestResidents.formerTenant(jdbc, residents, 1, 3);
        long person = former.personIds().iterator().next();
        Long[] tenancies = former.contractTenancyIds().toArray(Long[]::new);
        int ledger = count("select count(*) from tietovahti.ledger_entry where tenancy_id = any(?)", (Object) tenancies);
        int faults = count("""
                select count(*) from tietovahti.fault_report where apartment_id in
                (select apartment_id from tietovahti.tenancy where id = any(?))""", (Object) tenancies);

        Erasures.Executed executed = erasures.execute(former, planner.plan(former));

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

        // Art. 19: the processors of the categories that lost records
        java.util.Set<String> told = executed.recipientsToTell(catalogue);
        // (a collection claim closed long ago may be erased too: its own hold ended; authorities are never listed)
        assertThat(told).contains("processor-it", "processor-contractors").doesNotContain("bailiff", "courts");

        Erasures.Executed again = erasures.execute(former, planner.plan(former));
        assertThat(again.total()).as("a second run changes nothing").isZero();
        assertThat(again.recipientsToTell(catalogue)).as("and tells nobody again").isEmpty();
    }

    @Test
    void aRunningTenantLosesTheOptionalServicesAndKeepsWhatTheTenancyNeeds() {
        DataSubject aino = TestResidents.showcase(residents);
        long person = aino.personIds().iterator().next();
        String email = aino.emails().iterator().next();
        int bookings = count("select count(*) from tietovahti.booking where person_id = ?", person);
        assertThat(bookings).isPositive();
        assertThat(count("select count(*) from tietovahti.newsletter_subscriber where lower(email) = ?", email)
                + count("select count(*) from tietovahti.health_note where person_id = ?", person)
                + count("select count(*) from tietovahti.camera_recording_subject where person_id = ?", person))
                .as("something to erase to begin with").isPositive();

        Erasures.Executed executed = erasures.execute(aino, planner.plan(aino));

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
        assertThat(erasures.execute(aino, planner.plan(aino)).total()).as("a second run changes nothing").isZero();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
