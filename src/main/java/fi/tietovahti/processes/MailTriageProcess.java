package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/mail-triage.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class MailTriageProcess {

    public static final String KEY = "mail-triage";

    private MailTriageProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String ANSWERED = "Answered";
        public static final String CLOSE_MESSAGE = "CloseMessage";
        public static final String CLOSED = "Closed";
        public static final String DECISION = "Decision";
        public static final String MESSAGE_RECEIVED = "MessageReceived";
        public static final String REQUEST_STARTED = "RequestStarted";
        public static final String SEND_TRIAGE_REPLY = "SendTriageReply";
        public static final String START_ACCESS_REQUEST = "StartAccessRequest";
        public static final String TRIAGE_MESSAGE = "TriageMessage";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String CASE_NUMBER = "caseNumber";
        public static final String INBOUND_MAIL_ID = "inboundMailId";
        public static final String REQUEST_LANGUAGE = "requestLanguage";
        public static final String REQUEST_TYPE = "requestType";
        public static final String SENSITIVE_MAIL_ATTACHMENTS = "sensitiveMailAttachments";
        public static final String SENSITIVE_MAIL_FROM = "sensitiveMailFrom";
        public static final String SENSITIVE_MAIL_PROBLEMS = "sensitiveMailProblems";
        public static final String SENSITIVE_MAIL_SUBJECT = "sensitiveMailSubject";
        public static final String SENSITIVE_MAIL_TEXT = "sensitiveMailText";
        public static final String SENSITIVE_REPLY_TEXT = "sensitiveReplyText";
        public static final String SENSITIVE_REQUESTER_EMAIL = "sensitiveRequesterEmail";
        public static final String SENSITIVE_REQUESTER_NAME = "sensitiveRequesterName";
        public static final String SENSITIVE_TRIAGE_NOTE = "sensitiveTriageNote";
        public static final String TRIAGE_DECISION = "triageDecision";
        public static final String TRIAGE_KIND = "triageKind";
        public static final String TRIAGE_REASON = "triageReason";

        private Variable() {
        }
    }
}
