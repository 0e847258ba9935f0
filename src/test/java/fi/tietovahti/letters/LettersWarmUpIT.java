package fi.tietovahti.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TietovahtiTest
class LettersWarmUpIT {

    @Autowired
    LettersWarmUp warmUp;

    @Test
    void theWarmUpRendersAnEmptyReportWithoutFailing() {
        assertThat(warmUp.warmUp()).isNotNegative();
    }
}
