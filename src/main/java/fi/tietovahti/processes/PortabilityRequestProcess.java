package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/portability-request.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class PortabilityRequestProcess {

    public static final String KEY = "portability-request";

    private PortabilityRequestProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String DELIVER_REPORT = "DeliverReport";
        public static final String EXPORT_PORTABLE_DATA = "ExportPortableData";
        public static final String RIGHT_CARRIED_OUT = "RightCarriedOut";
        public static final String RIGHT_STARTED = "RightStarted";
        public static final String SEND_PORTABILITY_LETTER = "SendPortabilityLetter";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String ANSWERED_AT = "answeredAt";
        public static final String DELIVERY_EXPIRES_AT = "deliveryExpiresAt";
        public static final String EXCLUDED_CATEGORY_COUNT = "excludedCategoryCount";
        public static final String IDENTITY_VERIFICATION_ID = "identityVerificationId";
        public static final String RECORD_COUNT = "recordCount";

        private Variable() {
        }
    }
}
