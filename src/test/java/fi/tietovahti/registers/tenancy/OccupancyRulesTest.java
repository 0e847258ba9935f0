package fi.tietovahti.registers.tenancy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.hetu.PersonalIdentityCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The tenancy register holds what the notice says and no more. */
class OccupancyRulesTest {

    private final Tenancy tenancy = new Tenancy("HK-2026-000001", new Apartment("Kivikonkaari 5", "B 17", "00940",
            "Kontula", "Itä", "2h+k", new BigDecimal("48.5")), LocalDate.of(2026, 1, 1), null,
            new BigDecimal("800.00"), new BigDecimal("1600.00"));
    private final LocalDate moveIn = LocalDate.of(2026, 1, 1);

    @Test
    void mainTenantsAndSpousesHaveAnIdentityCode() {
        Person aino = new Person("Aino", "Virtanen", PersonalIdentityCode.parse("010594Y9032"),
                LocalDate.of(1994, 5, 1), "aino@example.com", "+358401234567");
        assertThatCode(() -> new Occupancy(tenancy, aino, OccupantRole.MAIN_TENANT, moveIn, null)).doesNotThrowAnyException();
        assertThatCode(() -> new Occupancy(tenancy, aino, OccupantRole.SPOUSE, moveIn, null)).doesNotThrowAnyException();
        Person noCode = new Person("Mikko", "Korhonen", null, LocalDate.of(1994, 5, 2), null, null);
        assertThatThrownBy(() -> new Occupancy(tenancy, noCode, OccupantRole.SPOUSE, moveIn, null))
                .hasMessageContaining("needs an identity code");
    }

    @Test
    void otherResidentsHoldNoIdentityCode() {
        Person adult = new Person("Kaisa", "Laine", PersonalIdentityCode.parse("020594X903P"), LocalDate.of(1994, 5, 2),
                null, null);
        assertThatThrownBy(() -> new Occupancy(tenancy, adult, OccupantRole.ADULT, moveIn, null))
                .hasMessageContaining("only for main tenants and spouses");
    }

    @Test
    void minorsHaveNoContactDetailsAndAreMinors() {
        Person child = new Person("Eetu", "Virtanen", null, LocalDate.of(2016, 5, 1), "eetu@example.com", null);
        assertThatThrownBy(() -> new Occupancy(tenancy, child, OccupantRole.MINOR, moveIn, null))
                .hasMessageContaining("no contact details are held for minors");
        Person grownUp = new Person("Onni", "Virtanen", null, LocalDate.of(2000, 5, 1), null, null);
        assertThatThrownBy(() -> new Occupancy(tenancy, grownUp, OccupantRole.MINOR, moveIn, null))
                .hasMessageContaining("under 18");
    }

    @Test
    void theBirthDateMustMatchTheCode() {
        assertThatThrownBy(() -> new Person("Aino", "Virtanen", PersonalIdentityCode.parse("010594Y9032"),
                LocalDate.of(1994, 5, 2), null, null)).hasMessageContaining("birth date does not match");
    }
}
