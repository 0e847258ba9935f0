package fi.tietovahti.access;

import fi.tietovahti.platform.FormLists;
import fi.tietovahti.platform.Authenticated;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task SaveRedactions: records what the handler redacted, who and why; an item not offered or a missing
 * reason fails the completion with the reason.
 */
@Component("saveRedactions")
class SaveRedactionsDelegate implements JavaDelegate {

    static final String REASON = "sensitiveRedactionReason";

    private final AccessSnapshots snapshots;

    SaveRedactionsDelegate(AccessSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(REASON);
        execution.removeVariable(REASON);
        List<String> items = FormLists.strings(execution.getVariable("redactedItems"));
        var saved = snapshots.saveRedactions(execution.getProcessBusinessKey(), items,
                reason == null ? null : reason.toString(), Authenticated.userId(execution));
        execution.setVariable("redactionCount", saved.size());
    }
}
