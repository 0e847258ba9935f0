package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/subject-access-request.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class SubjectAccessRequestProcess {

    public static final String KEY = "subject-access-request";

    private SubjectAccessRequestProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String COLLECT_PERSONAL_DATA = "CollectPersonalData";
        public static final String DELIVER_REPORT = "DeliverReport";
        public static final String RENDER_REPORT = "RenderReport";
        public static final String REVIEW_AND_REDACT = "ReviewAndRedact";
        public static final String REVIEW_NEEDED = "ReviewNeeded";
        public static final String RIGHT_CARRIED_OUT = "RightCarriedOut";
        public static final String RIGHT_STARTED = "RightStarted";
        public static final String SAVE_REDACTIONS = "SaveRedactions";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String ANSWERED_AT = "answeredAt";
        public static final String DELIVERY_EXPIRES_AT = "deliveryExpiresAt";
        public static final String DOCUMENT_COUNT = "documentCount";
        public static final String FIELD = "field";
        public static final String IDENTITY_VERIFICATION_ID = "identityVerificationId";
        public static final String INTERNAL_TARGET = "internalTarget";
        public static final String INTERNAL_TARGET_TEXT = "internalTargetText";
        public static final String LEGAL_DEADLINE = "legalDeadline";
        public static final String LEGAL_DEADLINE_TEXT = "legalDeadlineText";
        public static final String RECORD = "record";
        public static final String RECORD_COUNT = "recordCount";
        public static final String REDACTED_ITEMS = "redactedItems";
        public static final String REDACTION_COUNT = "redactionCount";
        public static final String REGISTER = "register";
        public static final String SENSITIVE_REDACTION_OPTIONS = "sensitiveRedactionOptions";
        public static final String SENSITIVE_REDACTION_REASON = "sensitiveRedactionReason";
        public static final String SENSITIVE_THIRD_PARTY_ITEMS = "sensitiveThirdPartyItems";
        public static final String STRAIGHT_THROUGH = "straightThrough";
        public static final String THIRD_PARTY_ITEM_COUNT = "thirdPartyItemCount";
        public static final String VALUE = "value";

        private Variable() {
        }
    }
}
