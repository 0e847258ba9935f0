package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/intake-watch.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class IntakeWatchProcess {

    public static final String KEY = "intake-watch";

    private IntakeWatchProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String CHECK_MAILBOX = "CheckMailbox";
        public static final String EVERY_FIVE_MINUTES = "EveryFiveMinutes";
        public static final String MAILBOX_CHECKED = "MailboxChecked";

        private Element() {
        }
    }
}
