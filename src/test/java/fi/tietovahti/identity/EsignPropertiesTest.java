package fi.tietovahti.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EsignPropertiesTest {

    private static EsignProperties with(Duration reminder, Duration expiry) {
        return new EsignProperties("", "", "", "https://tietovahti.example/", reminder, expiry, Duration.ofMinutes(5));
    }

    @Test
    void theExpiryTimerRunsForWhatIsLeftAfterTheReminder() {
        EsignProperties p = with(Duration.ofDays(3), Duration.ofDays(14));
        assertThat(new IdentityTimers(p).getExpiryAfterReminder()).isEqualTo("PT264H");
        assertThat(p.callbackUrl()).isEqualTo("https://tietovahti.example/esign/callback");
        assertThat(p.isConfigured()).isFalse();
    }

    @Test
    void aReminderAfterTheExpiryIsAConfigurationError() {
        assertThatThrownBy(() -> with(Duration.ofDays(14), Duration.ofDays(3)))
                .hasMessageContaining("must be positive and shorter than expires-after");
        assertThatThrownBy(() -> with(Duration.ZERO, Duration.ofDays(3))).isInstanceOf(IllegalArgumentException.class);
    }
}
