package fi.tietovahti.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generated demo data is consistent and uses only test identity codes. */
@TietovahtiTest
class DemoDataIntegrityIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyForeignKeyOfTheRegistersHoldsInTheGeneratedData() {
        // every single-column foreign key of schema tietovahti, checked with an anti-join
        List<Map<String, Object>> keys = jdbc.queryForList("""
                select c.conrelid::regclass::text as child, a.attname as child_column,
                       c.confrelid::regclass::text as parent, pa.attname as parent_column
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
                where c.contype = 'f' and c.connamespace = 'tietovahti'::regnamespace""");
        assertThat(keys).hasSizeGreaterThan(20);
        for (Map<String, Object> k : keys) {
            Integer orphans = jdbc.queryForObject("select count(*) from %s x where x.%s is not null and not exists "
                            .formatted(k.get("child"), k.get("child_column"))
                            + "(select 1 from %s p where p.%s = x.%s)".formatted(k.get("parent"), k.get("parent_column"),
                            k.get("child_column")), Integer.class);
            assertThat(orphans).as("%s.%s -> %s", k.get("child"), k.get("child_column"), k.get("parent")).isZero();
        }
    }

    @Test
    void onlyTestIdentityCodesAndOnlyForContractParties() {
        List<String> codes = jdbc.queryForList("select hetu from tietovahti.person where hetu is not null", String.class);
        assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(PersonalIdentityCode.parse(code).isTemporaryOrTest())
                .as("a test code (individual number 900-999)").isTrue());
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.person p join tietovahti.occupancy o on o.person_id = p.id
                where p.hetu is not null and o.role not in ('MAIN_TENANT', 'SPOUSE')""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.person p join tietovahti.occupancy o on o.person_id = p.id
                where o.role = 'MINOR' and (p.email is not null or p.phone is not null)""", Integer.class)).isZero();
    }

    @Test
    void generatedCollectionFeesStayWithinTheCapsOfTheDebtCollectionAct() {
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.collection_step
                where step_type = 'PAYMENT_REMINDER' and fee_cents > 500""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.collection_step s join tietovahti.collection_case c on c.id = s.case_id
                where s.step_type = 'COLLECTION_LETTER' and s.fee_cents > case when c.principal_cents <= 10000 then 1400
                      when c.principal_cents <= 100000 then 2400 else 5000 end""", Integer.class)).isZero();
    }
}
