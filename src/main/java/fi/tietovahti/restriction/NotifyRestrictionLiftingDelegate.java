package fi.tietovahti.restriction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task NotifyRestrictionLifting: the notice that the restriction will be lifted, and on which day (Art.
 * 18(3)); the process waits until then ({@code liftAt}), so that the person can object first.
 */
@Component("notifyRestrictionLifting")
class NotifyRestrictionLiftingDelegate implements JavaDelegate {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final RestrictionLetters letters;
    private final RestrictionProperties properties;
    private final Clock clock;

    NotifyRestrictionLiftingDelegate(RestrictionLetters letters, RestrictionProperties properties, Clock clock) {
        this.letters = letters;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate liftOn = LocalDate.now(clock.withZone(HELSINKI)).plus(properties.noticeBeforeLifting());
        letters.lifting(execution.getProcessBusinessKey(), liftOn);
        execution.setVariable("liftAt", Date.from(liftOn.atTime(9, 0).atZone(HELSINKI).toInstant()));
    }
}
