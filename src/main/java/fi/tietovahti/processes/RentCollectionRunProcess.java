package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/rent-collection-run.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class RentCollectionRunProcess {

    public static final String KEY = "rent-collection-run";

    private RentCollectionRunProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String EVERY_MORNING = "EveryMorning";
        public static final String RUN_DONE = "RunDone";
        public static final String RUN_RENT_COLLECTION = "RunRentCollection";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String CASES_ADVANCED = "casesAdvanced";
        public static final String CASES_OPENED = "casesOpened";
        public static final String NEW_INVOICES = "newInvoices";
        public static final String OVERDUE_INVOICES = "overdueInvoices";

        private Variable() {
        }
    }
}
