package fi.tietovahti.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The benchmarks' CPU figures: the arithmetic from a worked example, and the readings' plausibility. */
class CpuMeterTest {

    @Test
    void perUnitFiguresAndTheCeilingTheyAllow() {
        // 100 cases in a window where the machine was busy 10 of its 20 CPU seconds, this JVM 8 of them, on 2 cores
        CpuMeter.Usage used = new CpuMeter.Usage(10, 20, 8, 2);
        assertThat(used.machineMillisPer(100)).isEqualTo(100.0);
        assertThat(used.jvmMillisPer(100)).isEqualTo(80.0);
        assertThat(used.busyShare()).isEqualTo(0.5);
        // 100 ms of CPU per case: 2 cores do at most 20 cases a second
        assertThat(used.ceilingPerSecond(100)).isEqualTo(20.0, within(1e-9));
        assertThat(used.describe(100, "case")).contains("100 ms on the whole machine", "this JVM 80 ms",
                "the rest 20 ms", "50% busy", "at most 20.0 per second");
    }

    @Test
    void readingsAreNeverNegativeAndTheBusyTimeFitsInTheTotal() {
        CpuMeter meter = CpuMeter.start();
        long sum = 0;
        for (int i = 0; i < 5_000_000; i++) {
            sum += Integer.toString(i).length();
        }
        CpuMeter.Usage used = meter.stop();
        assertThat(sum).isPositive();
        assertThat(used.jvmSeconds()).isPositive();
        assertThat(used.cores()).isPositive();
        if (!Double.isNaN(used.machineBusySeconds())) {
            assertThat(used.machineBusySeconds()).isBetween(0.0, used.machineSeconds());
        }
    }
}
