package fi.tietovahti.restriction;

import java.sql.Timestamp;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Completing "processing is restricted": the handler's decision is recorded with the blocked use (the note, which
 * may name people, goes there and never to history); an exception without reasons is refused.
 */
@Component("recordRestrictedUse")
class RecordRestrictedUseListener implements TaskListener {

    static final String NOTE = "sensitiveRestrictedUseNote";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RecordRestrictedUseListener(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Object note = task.getVariable(NOTE);
        task.getExecution().removeVariable(NOTE);
        String decision = String.valueOf(task.getVariable(RestrictedUseDecision.VARIABLE));
        RestrictedUseDecision decided;
        try {
            decided = RestrictedUseDecision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("decide: left undone while restricted, or an Art. 18(2) exception");
        }
        String text = note == null || note.toString().isBlank() ? null : note.toString().strip();
        if (decided == RestrictedUseDecision.EXCEPTION && text == null) {
            throw new IllegalArgumentException("name the Art. 18(2) exception under which the data is used");
        }
        String user = fi.tietovahti.platform.Authenticated.userIdOrNull(task);
        jdbc.update("""
                update tietovahti.restricted_use set decision = ?, decided_by = ?, decided_at = ?, note = ?
                where process_instance_id = ?""", decision, user,
                Timestamp.from(clock.instant()), text == null ? null : text.substring(0, Math.min(1000, text.length())),
                task.getProcessInstanceId());
    }
}
