package fi.tietovahti.disclosure;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Who completed a disclosure task and the note they wrote: the note (which may name people) is taken out of the
 * process's variables here, so that only the request's table keeps it. A decision is a person's: nobody logged in
 * is refused.
 */
record Decided(String user, String reference, String note) {

    static Decided by(DelegateTask task, String noteVariable) {
        Object note = task.getVariable(noteVariable);
        task.getExecution().removeVariable(noteVariable);
        String user = Authenticated.userIdOrNull(task);
        if (user == null) {
            throw new IllegalStateException("this decision is a person's: nobody is logged in");
        }
        return new Decided(user, task.getExecution().getProcessBusinessKey(),
                note == null || note.toString().isBlank() ? null : note.toString().strip());
    }

    @Override
    public String toString() {
        return "Decided[user=" + user + ", reference=" + reference + "]";
    }
}
