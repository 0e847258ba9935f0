package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/restriction-in-force.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class RestrictionInForceProcess {

    public static final String KEY = "restriction-in-force";

    private RestrictionInForceProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String AWAIT_LIFTING = "AwaitLifting";
        public static final String LIFT_RESTRICTION = "LiftRestriction";
        public static final String LIFTING_CONTESTED = "LiftingContested";
        public static final String LIFTING_NOTICE_RUNS = "LiftingNoticeRuns";
        public static final String NOTIFY_RESTRICTION_LIFTING = "NotifyRestrictionLifting";
        public static final String READ_REPLY_BEFORE_LIFTING = "ReadReplyBeforeLifting";
        public static final String REPLY_BEFORE_LIFTING = "ReplyBeforeLifting";
        public static final String RESTRICTION_APPLIED = "RestrictionApplied";
        public static final String RESTRICTION_IN_FORCE = "RestrictionInForce";
        public static final String RESTRICTION_LIFTED = "RestrictionLifted";

        private Element() {
        }
    }

    /** Names of the messages the model waits for. */
    public static final class Message {

        public static final String REQUESTER_MAIL_RECEIVED = "RequesterMailReceived";

        private Message() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String INBOUND_MAIL_ID = "inboundMailId";
        public static final String LAST_INBOUND_MAIL_ID = "lastInboundMailId";
        public static final String LIFT_AT = "liftAt";
        public static final String LIFTING_CONTESTED = "liftingContested";
        public static final String MARKS_LIFTED = "marksLifted";
        public static final String RESTRICTION_GROUND = "restrictionGround";
        public static final String RESTRICTION_REVIEW_ON = "restrictionReviewOn";
        public static final String SENSITIVE_LIFT_REASON = "sensitiveLiftReason";
        public static final String SENSITIVE_MAIL_ATTACHMENTS = "sensitiveMailAttachments";
        public static final String SENSITIVE_MAIL_FROM = "sensitiveMailFrom";
        public static final String SENSITIVE_MAIL_PROBLEMS = "sensitiveMailProblems";
        public static final String SENSITIVE_MAIL_SUBJECT = "sensitiveMailSubject";
        public static final String SENSITIVE_MAIL_TEXT = "sensitiveMailText";

        private Variable() {
        }
    }
}
