package fi.tietovahti.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hold sweep schedule the engine could not read stops the start with the setting's name, not the first night. */
class HoldSweepScheduleTest {

    @Test
    void aSixFieldCronIsTheTimersCycle() {
        assertThat(new HoldSweepSchedule(new ErasureProperties("0 15 3 * * *")).getCycle())
                .isEqualTo("0 15 3 * * *");
    }

    @Test
    void anythingElseIsRefusedWithTheSettingsName() {
        for (String bad : new String[] {"every night", "15 3 * * *", "@daily", "0 61 3 * * *"}) {
            assertThatThrownBy(() -> new HoldSweepSchedule(new ErasureProperties(bad)))
                    .as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TIETOVAHTI_ERASURE_HOLD_SWEEP").hasMessageContaining(bad);
        }
    }
}
