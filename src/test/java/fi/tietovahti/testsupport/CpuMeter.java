package fi.tietovahti.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The CPU a benchmark's window used: the whole machine's busy time (Linux /proc/stat; every process, the embedded
 * PostgreSQL included) and this JVM's own (the service with GreenMail and the e-signature simulator in it). With
 * the number of cores it tells the most a CPU-bound path could do on this machine, whatever the code's waiting.
 */
public final class CpuMeter {

    private static final Path STAT = Path.of("/proc/stat");
    /** /proc/stat counts in USER_HZ, which is 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long[] machineAtStart;
    private final long jvmAtStart;

    private CpuMeter(long[] machine, long jvm) {
        this.machineAtStart = machine;
        this.jvmAtStart = jvm;
    }

    public static CpuMeter start() {
        return new CpuMeter(machineTicks(), jvmNanos());
    }

    /** What the window used, from start() to now. */
    public Usage stop() {
        long[] machine = machineTicks();
        long jvm = jvmNanos();
        double busy = Double.NaN;
        double total = Double.NaN;
        if (machine.length > 0 && machineAtStart.length > 0) {
            busy = (machine[0] - machineAtStart[0]) / TICKS_PER_SECOND;
            total = (machine[1] - machineAtStart[1]) / TICKS_PER_SECOND;
        }
        return new Usage(busy, total, (jvm - jvmAtStart) / 1e9, cores());
    }

    /**
     * The machine's cores as /proc/stat counts them (its "cpu" line sums exactly these), not the JVM's
     * availableProcessors(), which a container's CPU quota can lower below them.
     */
    private static int cores() {
        try (var lines = Files.lines(STAT)) {
            int n = (int) lines.filter(l -> l.matches("cpu\\d+\\s.*")).count();
            return n > 0 ? n : Runtime.getRuntime().availableProcessors();
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * @param machineBusySeconds CPU seconds every process of the machine used (NaN where /proc/stat is missing)
     * @param machineSeconds     CPU seconds the machine had (busy and idle, all cores)
     * @param jvmSeconds         CPU seconds this JVM used
     */
    public record Usage(double machineBusySeconds, double machineSeconds, double jvmSeconds, int cores) {

        /** Share of the machine's CPU that was busy in the window, 0 to 1. */
        public double busyShare() {
            return machineBusySeconds / machineSeconds;
        }

        /** Milliseconds of CPU, all processes, per unit of work. */
        public double machineMillisPer(int units) {
            return machineBusySeconds * 1000 / units;
        }

        public double jvmMillisPer(int units) {
            return jvmSeconds * 1000 / units;
        }

        /** Units per second the cores could do at most if the same work took only CPU and no core ever idled. */
        public double ceilingPerSecond(int units) {
            return cores * 1000 / machineMillisPer(units);
        }

        /** A line for a benchmark's result: the CPU per unit and what it allows. */
        public String describe(int units, String unit) {
            if (Double.isNaN(machineBusySeconds)) {
                return String.format("CPU per %s: this JVM %.0f ms (the machine's total is not readable here)",
                        unit, jvmMillisPer(units));
            }
            return String.format("CPU per %s: %.0f ms on the whole machine (this JVM %.0f ms, PostgreSQL and the"
                            + " rest %.0f ms); the %d cores were %.0f%% busy; at that CPU per %s they allow at most"
                            + " %.1f per second", unit, machineMillisPer(units), jvmMillisPer(units),
                    machineMillisPer(units) - jvmMillisPer(units), cores, busyShare() * 100, unit,
                    ceilingPerSecond(units));
        }
    }

    /** {busy, total} ticks of all cores, or an empty array where /proc/stat cannot be read. */
    private static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(STAT).get(0); // "cpu  user nice system idle iowait irq softirq steal ..."
            long[] f = Arrays.stream(cpu.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
            // busy: user, nice, system, irq, softirq (guest time is already inside user and nice); steal (time the
            // hypervisor gave to other machines) is neither ours nor idle, so it counts in neither
            long busy = f[0] + f[1] + f[2] + (f.length > 6 ? f[5] + f[6] : 0);
            long idle = f[3] + (f.length > 4 ? f[4] : 0);
            return new long[] {busy, busy + idle};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
