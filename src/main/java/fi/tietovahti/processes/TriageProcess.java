package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/triage.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class TriageProcess {

    public static final String KEY = "triage";

    private TriageProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String MATTER_RECEIVED = "MatterReceived";
        public static final String MATTER_RESOLVED = "MatterResolved";
        public static final String REVIEW_MATTER = "ReviewMatter";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String CHANNEL = "channel";
        public static final String RESOLUTION = "resolution";
        public static final String RESOLUTION_NOTE = "resolutionNote";
        public static final String SUBJECT = "subject";
        public static final String SUMMARY = "summary";

        private Variable() {
        }
    }
}
