package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/restricted-processing.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class RestrictedProcessingProcess {

    public static final String KEY = "restricted-processing";

    private RestrictedProcessingProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String DECIDE_RESTRICTED_USE = "DecideRestrictedUse";
        public static final String USE_DECIDED = "UseDecided";
        public static final String USE_HELD_BACK = "UseHeldBack";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String CATEGORY = "category";
        public static final String PURPOSE = "purpose";
        public static final String REFERENCE = "reference";
        public static final String REGISTER = "register";
        public static final String RESTRICTED_USE_DECISION = "restrictedUseDecision";
        public static final String SENSITIVE_RESTRICTED_USE_NOTE = "sensitiveRestrictedUseNote";

        private Variable() {
        }
    }
}
