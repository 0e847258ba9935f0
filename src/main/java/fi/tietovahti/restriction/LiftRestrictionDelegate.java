package fi.tietovahti.restriction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task LiftRestriction: the marks lifted in every register, after the person has been told. */
@Component("liftRestriction")
class LiftRestrictionDelegate implements JavaDelegate {

    private final Restrictions restrictions;

    LiftRestrictionDelegate(Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("marksLifted", restrictions.lift(execution.getProcessBusinessKey()));
    }
}
