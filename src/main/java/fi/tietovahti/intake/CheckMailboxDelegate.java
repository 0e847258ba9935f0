package fi.tietovahti.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task CheckMailbox: fails, and so becomes an incident in Cockpit, while the intake cannot work. */
@Component("checkMailbox")
class CheckMailboxDelegate implements JavaDelegate {

    private final IntakeWatch watch;

    CheckMailboxDelegate(IntakeWatch watch) {
        this.watch = watch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        watch.check();
    }
}
