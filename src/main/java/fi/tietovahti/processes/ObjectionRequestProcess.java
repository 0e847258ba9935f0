package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/objection-request.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class ObjectionRequestProcess {

    public static final String KEY = "objection-request";

    private ObjectionRequestProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String BALANCE_OBJECTION = "BalanceObjection";
        public static final String RECORD_OBJECTION = "RecordObjection";
        public static final String RIGHT_CARRIED_OUT = "RightCarriedOut";
        public static final String RIGHT_STARTED = "RightStarted";
        public static final String SEND_OBJECTION_ANSWER = "SendObjectionAnswer";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String ANSWERED_AT = "answeredAt";
        public static final String IDENTITY_VERIFICATION_ID = "identityVerificationId";
        public static final String INTERNAL_TARGET = "internalTarget";
        public static final String INTERNAL_TARGET_TEXT = "internalTargetText";
        public static final String LEGAL_DEADLINE = "legalDeadline";
        public static final String LEGAL_DEADLINE_TEXT = "legalDeadlineText";
        public static final String OBJECTION_DECISION = "objectionDecision";
        public static final String OBJECTION_TARGET = "objectionTarget";
        public static final String OBJECTION_UPHELD = "objectionUpheld";
        public static final String RECORDS_CHANGED = "recordsChanged";
        public static final String SENSITIVE_BALANCING = "sensitiveBalancing";
        public static final String SENSITIVE_REQUEST_DETAILS = "sensitiveRequestDetails";

        private Variable() {
        }
    }
}
