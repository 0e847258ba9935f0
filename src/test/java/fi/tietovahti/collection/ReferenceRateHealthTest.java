package fi.tietovahti.collection;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.ApplicationYaml;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** The health endpoint tells when the current half-year has no reference rate configured (fixed clocks). */
class ReferenceRateHealthTest {

    private static final DebtCollectionProperties SHIPPED = ApplicationYaml.bind("tietovahti.collection.law",
            DebtCollectionProperties.class);

    private static ReferenceRateHealth on(LocalDate day) {
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        return new ReferenceRateHealth(SHIPPED, Clock.fixed(day.atStartOfDay(helsinki).toInstant(), helsinki));
    }

    @Test
    void theHalfYearOfTheLastRateIsUpTheNextIsUnknown() {
        LocalDate last = SHIPPED.referenceRates().get(SHIPPED.referenceRates().size() - 1).from();
        assertThat(on(last).health().getStatus()).isEqualTo(Status.UP);
        assertThat(on(last.plusMonths(6).minusDays(1)).health().getStatus()).isEqualTo(Status.UP);
        assertThat(on(last.plusMonths(6)).health().getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(on(last.plusMonths(6)).health().getDetails().get("reason").toString())
                .contains("no reference rate from " + last.plusMonths(6));
    }
}
