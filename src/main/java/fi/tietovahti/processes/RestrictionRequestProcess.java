package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/restriction-request.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class RestrictionRequestProcess {

    public static final String KEY = "restriction-request";

    private RestrictionRequestProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String APPLY_RESTRICTION = "ApplyRestriction";
        public static final String DECIDE_RESTRICTION = "DecideRestriction";
        public static final String KEEP_RESTRICTION_IN_FORCE = "KeepRestrictionInForce";
        public static final String RESTRICTED = "Restricted";
        public static final String RIGHT_CARRIED_OUT = "RightCarriedOut";
        public static final String RIGHT_STARTED = "RightStarted";
        public static final String SEND_RESTRICTION_LETTER = "SendRestrictionLetter";
        public static final String SEND_RESTRICTION_REFUSAL = "SendRestrictionRefusal";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String ANSWERED_AT = "answeredAt";
        public static final String CATEGORY = "category";
        public static final String IDENTITY_VERIFICATION_ID = "identityVerificationId";
        public static final String INTERNAL_TARGET = "internalTarget";
        public static final String INTERNAL_TARGET_TEXT = "internalTargetText";
        public static final String LEGAL_DEADLINE = "legalDeadline";
        public static final String LEGAL_DEADLINE_TEXT = "legalDeadlineText";
        public static final String RECORDS = "records";
        public static final String REGISTER = "register";
        public static final String RESTRICTED_CATEGORIES = "restrictedCategories";
        public static final String RESTRICTION_APPLIED = "restrictionApplied";
        public static final String RESTRICTION_CATEGORY_OPTIONS = "restrictionCategoryOptions";
        public static final String RESTRICTION_GROUND = "restrictionGround";
        public static final String RESTRICTION_REVIEW_ON = "restrictionReviewOn";
        public static final String RESTRICTION_ROWS = "restrictionRows";
        public static final String REVIEW_ON = "reviewOn";
        public static final String SENSITIVE_REQUEST_DETAILS = "sensitiveRequestDetails";
        public static final String SENSITIVE_RESTRICTION_NOTE = "sensitiveRestrictionNote";

        private Variable() {
        }
    }
}
