package fi.tietovahti.subject;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TietovahtiTest
class SubjectMatcherIT {

    @Autowired
    SubjectMatcher matcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMainTenantIsFoundByTheVerifiedCode() {
        SubjectMatch match = matcher.match(PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU), "Aino Maria Virtanen");
        assertThat(match).isInstanceOfSatisfying(SubjectMatch.Matched.class, m -> {
            assertThat(m.how()).isEqualTo("identity code");
            assertThat(m.subject().contractTenancyIds()).isNotEmpty();
            assertThat(m.subject().emails()).isNotEmpty();
        });
    }

    @Test
    void anAdultWithoutACodeInTheRegisterIsFoundByNameAndBirthDate() {
        Map<String, Object> adult = jdbc.queryForMap("""
                select p.id, p.first_name, p.last_name, p.birth_date from tietovahti.person p
                join tietovahti.occupancy o on o.person_id = p.id
                where o.role = 'ADULT' and p.hetu is null order by p.id limit 1""");
        LocalDate birth = ((java.sql.Date) adult.get("birth_date")).toLocalDate();
        char sign = birth.getYear() >= 2000 ? 'A' : '-';
        PersonalIdentityCode code = PersonalIdentityCode.of(birth, 950, sign);

        SubjectMatch match = matcher.match(code, adult.get("first_name") + " Test " + adult.get("last_name"));

        assertThat(match).isInstanceOfSatisfying(SubjectMatch.Matched.class, m -> {
            assertThat(m.personId()).isEqualTo(((Number) adult.get("id")).longValue());
            assertThat(m.how()).isEqualTo("name and birth date");
        });
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void twoResidentsWithTheSameNameAndBirthDateGoToAHandler() {
        for (int i = 0; i < 2; i++) {
            jdbc.update("insert into tietovahti.person (first_name, last_name, birth_date) values ('Kalle', 'Kaksonen', ?)",
                    java.sql.Date.valueOf(LocalDate.of(1980, 3, 15)));
        }
        SubjectMatch match = matcher.match(PersonalIdentityCode.of(LocalDate.of(1980, 3, 15), 907, '-'), "Kalle Kaksonen");
        assertThat(match).isInstanceOfSatisfying(SubjectMatch.Ambiguous.class,
                a -> assertThat(a.candidates()).hasSize(2).allSatisfy(c -> assertThat(c.name()).isEqualTo("Kalle Kaksonen")));
    }

    @Test
    void somebodyUnknownHasNoData() {
        assertThat(matcher.match(PersonalIdentityCode.parse("010170-902L"), "Maija Meikäläinen"))
                .isInstanceOf(SubjectMatch.NoData.class);
    }
}
