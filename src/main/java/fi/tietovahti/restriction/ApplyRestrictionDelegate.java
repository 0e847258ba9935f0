package fi.tietovahti.restriction;

import fi.tietovahti.platform.Authenticated;
import fi.tietovahti.platform.FormDate;
import fi.tietovahti.platform.FormLists;
import fi.tietovahti.registers.RestrictionGround;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task ApplyRestriction: the handler's decision, applied in every register (or the refusal recorded). The
 * note may name people: it goes to the case tables, never to history. An incomplete decision fails the task's
 * completion with the reason.
 */
@Component("applyRestriction")
class ApplyRestrictionDelegate implements JavaDelegate {

    static final String NOTE = "sensitiveRestrictionNote";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Restrictions restrictions;

    ApplyRestrictionDelegate(Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    /** Process variable {@code restrictionGround}: a {@link RestrictionGround}, or {@link #REFUSE}. */
    public static final String GROUND = "restrictionGround";
    /** The decision form's value for a refusal, beside the grounds. */
    public static final String REFUSE = "REFUSE";

    @Override
    public void execute(DelegateExecution execution) {
        Object note = execution.getVariable(NOTE);
        execution.removeVariable(NOTE);
        String ground = String.valueOf(execution.getVariable(GROUND));
        RestrictionGround restrictionGround;
        if (REFUSE.equals(ground)) {
            restrictionGround = null;
        } else {
            try {
                restrictionGround = RestrictionGround.valueOf(ground);
            } catch (IllegalArgumentException e) {
                throw new Restrictions.InvalidDecision("choose the ground of the restriction (GDPR 18(1)) or refuse");
            }
        }
        boolean applied = restrictions.decide(execution.getProcessBusinessKey(), new Restrictions.Decision(
                restrictionGround, new HashSet<>(FormLists.strings(execution.getVariable("restrictedCategories"))),
                note == null ? null : note.toString(), date(execution.getVariable("reviewOn"))),
                Authenticated.userId(execution));
        execution.setVariable("restrictionApplied", applied);
        if (applied) {
            LocalDate reviewOn = restrictions.decision(execution.getProcessBusinessKey()).reviewOn();
            execution.setVariable(KeepRestrictionInForceDelegate.REVIEW_ON, Date.from(reviewOn.atStartOfDay(HELSINKI).toInstant()));
        }
    }

    private static LocalDate date(Object value) {
        try {
            return FormDate.dayOrNull(value, "reviewOn");
        } catch (FormDate.NotADate e) {
            throw new Restrictions.InvalidDecision(e.getMessage());
        }
    }
}
