package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/kela-notice-batch.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class KelaNoticeBatchProcess {

    public static final String KEY = "kela-notice-batch";

    private KelaNoticeBatchProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String EVERY_WEEKDAY = "EveryWeekday";
        public static final String NOTICES_SENT = "NoticesSent";
        public static final String SEND_KELA_NOTICES = "SendKelaNotices";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String DISCLOSURE_REFERENCE = "disclosureReference";

        private Variable() {
        }
    }
}
