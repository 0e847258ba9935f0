package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/erasure-request.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class ErasureRequestProcess {

    public static final String KEY = "erasure-request";

    private ErasureRequestProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String APPROVE_ERASURE_PLAN = "ApproveErasurePlan";
        public static final String DELIVER_REPORT = "DeliverReport";
        public static final String DPO_NEEDED = "DpoNeeded";
        public static final String EXECUTE_ERASURE = "ExecuteErasure";
        public static final String MAKE_ERASURE_PLAN = "MakeErasurePlan";
        public static final String RECORD_DPO_DECISION = "RecordDpoDecision";
        public static final String RECORD_PLAN_REVIEW = "RecordPlanReview";
        public static final String RENDER_ERASURE_ANSWER = "RenderErasureAnswer";
        public static final String REVIEW_ERASURE_PLAN = "ReviewErasurePlan";
        public static final String RIGHT_CARRIED_OUT = "RightCarriedOut";
        public static final String RIGHT_STARTED = "RightStarted";
        public static final String TELL_RECIPIENTS = "TellRecipients";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String ANSWERED_AT = "answeredAt";
        public static final String CATEGORIES_TO_ERASE = "categoriesToErase";
        public static final String CATEGORIES_TO_KEEP = "categoriesToKeep";
        public static final String CATEGORIES_WITH_DATA = "categoriesWithData";
        public static final String CATEGORY = "category";
        public static final String DECISION = "decision";
        public static final String DELIVERY_EXPIRES_AT = "deliveryExpiresAt";
        public static final String DPO_APPROVAL_NEEDED = "dpoApprovalNeeded";
        public static final String ERASE_INSTEAD = "eraseInstead";
        public static final String ERASE_INSTEAD_OPTIONS = "eraseInsteadOptions";
        public static final String GROUND = "ground";
        public static final String IDENTITY_VERIFICATION_ID = "identityVerificationId";
        public static final String INTERNAL_TARGET = "internalTarget";
        public static final String INTERNAL_TARGET_TEXT = "internalTargetText";
        public static final String KEEP_INSTEAD = "keepInstead";
        public static final String KEEP_INSTEAD_OPTIONS = "keepInsteadOptions";
        public static final String KEEP_UNTIL = "keepUntil";
        public static final String LEGAL_DEADLINE = "legalDeadline";
        public static final String LEGAL_DEADLINE_TEXT = "legalDeadlineText";
        public static final String NOTIFY_WHEN_HOLD_ENDS = "notifyWhenHoldEnds";
        public static final String PLAN_ROWS = "planRows";
        public static final String PLANNED = "planned";
        public static final String RECIPIENTS_TOLD = "recipientsTold";
        public static final String RECORDS = "records";
        public static final String RECORDS_ERASED = "recordsErased";
        public static final String RELEASE_APPROVED = "releaseApproved";
        public static final String SENSITIVE_CHANGE_REASON = "sensitiveChangeReason";
        public static final String UNTIL = "until";

        private Variable() {
        }
    }
}
