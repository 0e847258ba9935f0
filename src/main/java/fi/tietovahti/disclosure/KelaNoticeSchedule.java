package fi.tietovahti.disclosure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * When the engine sends the day's Kela notices: the timer of {@code kela-notice-batch} reads
 * {@code ${kelaNoticeSchedule.cycle}} (TIETOVAHTI_KELA_NOTICES, six-field cron in the server's time zone; default
 * every weekday at 7:00). A cron that does not parse stops start-up here, not on the first morning.
 */
@Component("kelaNoticeSchedule")
public class KelaNoticeSchedule {

    private final String cycle;

    KelaNoticeSchedule(@Value("${tietovahti.disclosure.kela-notices:0 0 7 * * MON-FRI}") String cycle) {
        if (cycle.strip().startsWith("@") || !CronExpression.isValidExpression(cycle)) {
            throw new IllegalStateException("tietovahti.disclosure.kela-notices (TIETOVAHTI_KELA_NOTICES) is not a "
                    + "six-field cron expression such as '0 0 7 * * MON-FRI': " + cycle);
        }
        this.cycle = cycle;
    }

    public String getCycle() {
        return cycle;
    }
}
