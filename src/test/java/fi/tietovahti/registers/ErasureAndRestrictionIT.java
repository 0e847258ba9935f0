package fi.tietovahti.registers;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure and restriction through the SPI, checked in the database. Each test runs in a transaction that is
 * rolled back, so the shared demo data stays as generated.
 */
@TietovahtiTest
@Transactional
class ErasureAndRestrictionIT {

    @Autowired
    PersonalDataSources sources;
    @Autowired
    ResidentDirectory residents;
    @Autowired
    Catalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;

    private DataSubject showcase() {
        return residents.subjectOf(List.of(residents.byIdentityCode(
                PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU)).orElseThrow().getId()));
    }

    private ErasurePlan planFor(ErasureAction action, String... keep) {
        Set<String> kept = Set.of(keep);
        return new ErasurePlan(catalogue.categories().map(Catalogue.Category::id)
                .collect(Collectors.toMap(Function.identity(), id -> kept.contains(id) ? ErasureAction.KEEP : action)));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void erasingEverythingRemovesThePersonFromEveryRegisterAndASecondRunChangesNothing() {
        DataSubject aino = showcase();
        long person = aino.personIds().iterator().next();
        String email = aino.emails().iterator().next();

        List<ErasureReport> first = sources.erase(aino, planFor(ErasureAction.ERASE));

        assertThat(first.stream().mapToInt(ErasureReport::total).sum()).isPositive();
        assertThat(count("select count(*) from tietovahti.booking where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from tietovahti.health_note where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from tietovahti.newsletter_subscriber where lower(email) = ?", email)).isZero();
        assertThat(count("select count(*) from tietovahti.exchange_account where lower(email) = ?", email)).isZero();
        assertThat(count("select count(*) from tietovahti.eko_user where lower(email) = ?", email)).isZero();
        assertThat(count("select count(*) from tietovahti.camera_recording_subject where person_id = ?", person)).isZero();
        assertThat(count("select count(*) from tietovahti.ledger_entry where tenancy_id = any(?)",
                (Object) aino.contractTenancyIds().toArray(Long[]::new))).isZero();
        // the person row stays for references but identifies nobody
        Map<String, Object> row = jdbc.queryForMap("select first_name, hetu, email, anonymised_at from tietovahti.person where id = ?", person);
        assertThat(row.get("hetu")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("first_name")).isEqualTo("(poistettu)");
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(residents.byIdentityCode(PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU))).isEmpty();

        List<ErasureReport> second = sources.erase(aino, planFor(ErasureAction.ERASE));
        assertThat(second).allSatisfy(r -> assertThat(r.total()).as(r.register()).isZero());
    }

    @Test
    void keptCategoriesStayAndAnonymisationKeepsTheAggregates() {
        DataSubject aino = showcase();
        Long[] tenancies = aino.contractTenancyIds().toArray(Long[]::new);
        long ledgerBefore = jdbc.queryForObject("select coalesce(sum(amount_cents), 0) from tietovahti.ledger_entry where tenancy_id = any(?)",
                Long.class, (Object) tenancies);
        int readingsBefore = count("select count(*) from tietovahti.consumption_reading where tenancy_id = any(?)", (Object) tenancies);

        List<ErasureReport> reports = sources.erase(aino,
                planFor(ErasureAction.ANONYMISE, "rent-ledger.invoice", "rent-ledger.payment", "collection.case",
                        "collection.step", "tenancy.lease", "tenancy.occupancy"));

        assertThat(jdbc.queryForObject("select coalesce(sum(amount_cents), 0) from tietovahti.ledger_entry where tenancy_id = any(?)",
                Long.class, (Object) tenancies)).isEqualTo(ledgerBefore);
        assertThat(reports.stream().filter(r -> r.register().equals("rent-ledger")).findFirst().orElseThrow().total())
                .isZero();
        // readings stay for the building's statistics, detached from the tenancy
        assertThat(count("select count(*) from tietovahti.consumption_reading where tenancy_id = any(?)", (Object) tenancies)).isZero();
        assertThat(readingsBefore).isPositive();
        assertThat(reports.stream().filter(r -> r.register().equals("consumption")).findFirst().orElseThrow().total())
                .isEqualTo(readingsBefore);
    }

    @Test
    void aRestrictionIsStateThatEveryCollectedRecordCarries() {
        DataSubject aino = showcase();

        int added = sources.restrict(aino, Set.of("newsletter.subscription", "customer-service.feedback"),
                RestrictionGround.ACCURACY_CONTESTED, "TV-2026-000042");
        assertThat(added).isPositive();
        assertThat(sources.restrict(aino, Set.of("newsletter.subscription"), RestrictionGround.ACCURACY_CONTESTED,
                "TV-2026-000042")).as("restricting twice adds nothing").isZero();

        List<PersonalDataRecord> records = sources.collect(aino);
        assertThat(records).filteredOn(r -> r.category().equals("newsletter.subscription"))
                .isNotEmpty().allMatch(PersonalDataRecord::restricted);
        assertThat(records).filteredOn(r -> r.category().equals("customer-service.feedback"))
                .isNotEmpty().allMatch(PersonalDataRecord::restricted);
        assertThat(records).filteredOn(r -> r.category().equals("rent-ledger.invoice"))
                .isNotEmpty().noneMatch(PersonalDataRecord::restricted);

        assertThat(sources.liftRestriction(aino, Set.of("newsletter.subscription"))).isPositive();
        List<PersonalDataRecord> after = sources.collect(aino);
        assertThat(after).filteredOn(r -> r.category().equals("newsletter.subscription"))
                .noneMatch(PersonalDataRecord::restricted);
        assertThat(after).filteredOn(r -> r.category().equals("customer-service.feedback"))
                .allMatch(PersonalDataRecord::restricted);
    }
}
