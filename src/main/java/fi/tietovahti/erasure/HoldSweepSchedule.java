package fi.tietovahti.erasure;

import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * When the engine runs the hold sweep: the timer of {@code erasure-hold-sweep} reads {@code ${holdSweepSchedule.cycle}}.
 * The engine reads Spring-style cron (six fields) in the server's time zone. A cron that does not parse stops
 * start-up here, not at the first night; a changed one takes effect when the timer next fires
 * ({@code reevaluateTimeCycleWhenDue}).
 */
@Component("holdSweepSchedule")
public class HoldSweepSchedule {

    private final String cycle;

    HoldSweepSchedule(ErasureProperties properties) {
        // six fields as the engine reads them; Spring's "@daily" macros are not the engine's
        if (properties.holdSweep().strip().startsWith("@") || !CronExpression.isValidExpression(properties.holdSweep())) {
            throw new IllegalStateException("tietovahti.erasure.hold-sweep (TIETOVAHTI_ERASURE_HOLD_SWEEP) is not a "
                    + "six-field cron expression such as '0 15 3 * * *': " + properties.holdSweep());
        }
        this.cycle = properties.holdSweep();
    }

    public String getCycle() {
        return cycle;
    }
}
