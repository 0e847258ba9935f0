package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/erasure-hold-sweep.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class ErasureHoldSweepProcess {

    public static final String KEY = "erasure-hold-sweep";

    private ErasureHoldSweepProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String FIND_ENDED_HOLDS = "FindEndedHolds";
        public static final String HOLDS_SWEPT = "HoldsSwept";
        public static final String NIGHTLY = "Nightly";
        public static final String RELEASE_ENDED_HOLDS = "ReleaseEndedHolds";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String CASE_IDS = "caseIds";

        private Variable() {
        }
    }
}
