package fi.tietovahti.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The legal numbers bind from application.yml with the law's defaults. */
@TietovahtiTest
class LegalDeadlinesConfigurationIT {

    @Autowired
    LegalDeadlines deadlines;
    @Autowired
    DeadlineProperties properties;

    @Test
    void theDefaultsAreTheLaws() {
        assertThat(properties.responseMonths()).isEqualTo(1);
        assertThat(properties.maxExtensionMonths()).isEqualTo(2);
        assertThat(properties.internalTargetDays()).isEqualTo(30);
        assertThat(properties.atRiskBefore()).isEqualTo(Period.ofDays(7));
        assertThat(properties.identityPausesClock()).isFalse();
        assertThat(properties.midsummerEveWorking()).isFalse();
        assertThat(deadlines.responseDeadline(LocalDate.of(2025, 3, 5)).date()).isEqualTo(LocalDate.of(2025, 4, 7));
    }
}
