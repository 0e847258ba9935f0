package fi.tietovahti.dpo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The buckets' edges, worked examples: days left as Helsinki calendar days to the legal deadline. */
class DeadlineBoardTest {

    @ParameterizedTest(name = "{0} days left -> {1}")
    @CsvSource({"-30, OVERDUE", "-1, OVERDUE", "0, WITHIN_7_DAYS", "7, WITHIN_7_DAYS", "8, WITHIN_14_DAYS",
            "14, WITHIN_14_DAYS", "15, LATER", "400, LATER"})
    void bucketOf(long daysLeft, DeadlineBoard.Bucket expected) {
        assertThat(DeadlineBoard.Bucket.of(daysLeft)).isEqualTo(expected);
    }
}
