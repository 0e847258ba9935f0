package fi.tietovahti.intake;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The values a handler gives in a triage task, by variable name, and how the steps after it read and drop them. */
final class TriageValues {

    static final String DECISION = "triageDecision";
    static final String NAME = "sensitiveRequesterName";
    static final String EMAIL = "sensitiveRequesterEmail";
    static final String LANGUAGE = "requestLanguage";
    static final String REPLY = "sensitiveReplyText";
    static final String NOTE = "sensitiveTriageNote";
    static final List<String> CARRIED = List.of(NAME, EMAIL, LANGUAGE, REPLY, NOTE);

    private TriageValues() {
    }

    static long inboundMailId(DelegateExecution execution) {
        return ((Number) execution.getVariable("inboundMailId")).longValue();
    }

    static String text(DelegateExecution execution, String name) {
        return text(execution.getVariable(name));
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** Removes the handler's values once acted on: they live in the mailbox and case tables, not in the process. */
    static void forget(DelegateExecution execution) {
        CARRIED.stream().filter(n -> n.startsWith("sensitive")).forEach(execution::removeVariable);
    }
}
