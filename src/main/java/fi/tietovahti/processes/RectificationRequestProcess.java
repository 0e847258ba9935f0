package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/rectification-request.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class RectificationRequestProcess {

    public static final String KEY = "rectification-request";

    private RectificationRequestProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String APPLY_RECTIFICATION = "ApplyRectification";
        public static final String CORRECTED = "Corrected";
        public static final String REVIEW_CORRECTION = "ReviewCorrection";
        public static final String RIGHT_CARRIED_OUT = "RightCarriedOut";
        public static final String RIGHT_STARTED = "RightStarted";
        public static final String SEND_RECTIFICATION_ANSWER = "SendRectificationAnswer";
        public static final String TELL_RECTIFICATION_RECIPIENTS = "TellRectificationRecipients";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String ANSWERED_AT = "answeredAt";
        public static final String CATEGORY = "category";
        public static final String CURRENT = "current";
        public static final String FIELD = "field";
        public static final String IDENTITY_VERIFICATION_ID = "identityVerificationId";
        public static final String INTERNAL_TARGET = "internalTarget";
        public static final String INTERNAL_TARGET_TEXT = "internalTargetText";
        public static final String LEGAL_DEADLINE = "legalDeadline";
        public static final String LEGAL_DEADLINE_TEXT = "legalDeadlineText";
        public static final String RECIPIENTS_TOLD = "recipientsTold";
        public static final String RECTIFICATION_APPLIED = "rectificationApplied";
        public static final String RECTIFICATION_DECISION = "rectificationDecision";
        public static final String RECTIFIED_FIELD = "rectifiedField";
        public static final String SENSITIVE_CURRENT_VALUES = "sensitiveCurrentValues";
        public static final String SENSITIVE_FIELD_OPTIONS = "sensitiveFieldOptions";
        public static final String SENSITIVE_NEW_VALUE = "sensitiveNewValue";
        public static final String SENSITIVE_RECTIFICATION_REASON = "sensitiveRectificationReason";
        public static final String SENSITIVE_REQUESTED_CORRECTION = "sensitiveRequestedCorrection";

        private Variable() {
        }
    }
}
