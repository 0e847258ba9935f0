package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/privacy-request.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class PrivacyRequestProcess {

    public static final String KEY = "privacy-request";

    private PrivacyRequestProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String ANSWER_REQUEST = "AnswerRequest";
        public static final String ANSWER_STARTED = "AnswerStarted";
        public static final String CARRY_OUT_REQUEST = "CarryOutRequest";
        public static final String CASE_CLOSED = "CaseClosed";
        public static final String CHOOSE_DATA_SUBJECT = "ChooseDataSubject";
        public static final String CHOSEN = "Chosen";
        public static final String CLOSE_CASE = "CloseCase";
        public static final String CLOSE_WITHDRAWN = "CloseWithdrawn";
        public static final String DEADLINE_AT_RISK_START = "DeadlineAtRiskStart";
        public static final String DEADLINE_DUE = "DeadlineDue";
        public static final String DEADLINE_PASSED = "DeadlinePassed";
        public static final String DEADLINE_WATCH = "DeadlineWatch";
        public static final String DECIDE_ON_DEADLINE = "DecideOnDeadline";
        public static final String DESK_REQUEST_RECEIVED = "DeskRequestReceived";
        public static final String EMAIL_REQUEST_RECEIVED = "EmailRequestReceived";
        public static final String EXTEND_CHOSEN = "ExtendChosen";
        public static final String EXTEND_DEADLINE = "ExtendDeadline";
        public static final String EXTENDED_DEADLINE_AT_RISK = "ExtendedDeadlineAtRisk";
        public static final String IDENTITY_VERIFIED = "IdentityVerified";
        public static final String MATCH_SUBJECT = "MatchSubject";
        public static final String MESSAGE_READ = "MessageRead";
        public static final String READ_REQUESTER_MESSAGE = "ReadRequesterMessage";
        public static final String RECORD_SUBJECT_CHOICE = "RecordSubjectChoice";
        public static final String REGISTER_REQUEST = "RegisterRequest";
        public static final String REQUEST_ANSWERED = "RequestAnswered";
        public static final String REQUEST_WITHDRAWN = "RequestWithdrawn";
        public static final String REQUEST_WITHDRAWN_CLOSED = "RequestWithdrawnClosed";
        public static final String REQUESTER_WROTE = "RequesterWrote";
        public static final String REQUESTER_WROTE_START = "RequesterWroteStart";
        public static final String REVIEW_GUARDIAN_REQUEST = "ReviewGuardianRequest";
        public static final String SEND_ACKNOWLEDGEMENT = "SendAcknowledgement";
        public static final String SEND_EXTENSION_LETTER = "SendExtensionLetter";
        public static final String SEND_NO_DATA_LETTER = "SendNoDataLetter";
        public static final String SEND_REFUSAL_LETTER = "SendRefusalLetter";
        public static final String VERIFY_IDENTITY = "VerifyIdentity";
        public static final String WATCH_ENDED = "WatchEnded";
        public static final String WATCH_EXTENDED_DEADLINE = "WatchExtendedDeadline";
        public static final String WHOSE_DATA = "WhoseData";
        public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";
        public static final String WITHDRAWN_CHOSEN = "WithdrawnChosen";

        private Element() {
        }
    }

    /** Names of the messages the model waits for. */
    public static final class Message {

        public static final String PRIVACY_REQUEST_RECEIVED = "PrivacyRequestReceived";
        public static final String REQUESTER_MAIL_RECEIVED = "RequesterMailReceived";

        private Message() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String ANSWERED_AT = "answeredAt";
        public static final String AT_RISK_AT = "atRiskAt";
        public static final String CANDIDATE_COUNT = "candidateCount";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String CASE_TYPE = "caseType";
        public static final String CHANNEL = "channel";
        public static final String DEADLINE_PASSED_NOTE = "deadlinePassedNote";
        public static final String DESK_CHECK = "deskCheck";
        public static final String EXTEND = "extend";
        public static final String EXTENSION_GROUND = "extensionGround";
        public static final String EXTENSION_MONTHS = "extensionMonths";
        public static final String IDENTITY_PAUSED_DAYS = "identityPausedDays";
        public static final String IDENTITY_VERIFICATION_ID = "identityVerificationId";
        public static final String IDENTITY_VERIFIED = "identityVerified";
        public static final String INTERNAL_TARGET = "internalTarget";
        public static final String INTERNAL_TARGET_TEXT = "internalTargetText";
        public static final String LANGUAGE = "language";
        public static final String LEGAL_DEADLINE = "legalDeadline";
        public static final String LEGAL_DEADLINE_TEXT = "legalDeadlineText";
        public static final String MATCH_OUTCOME = "matchOutcome";
        public static final String ON_BEHALF_OF_MINOR = "onBehalfOfMinor";
        public static final String ON_TIME_LEGAL = "onTimeLegal";
        public static final String ON_TIME_TARGET = "onTimeTarget";
        public static final String OUTCOME = "outcome";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String REGISTERED_BY = "registeredBy";
        public static final String REQUEST_TYPE = "requestType";
        public static final String REQUESTER_MESSAGE_ACTION = "requesterMessageAction";
        public static final String RIGHT_PROCESS = "rightProcess";
        public static final String SENSITIVE_CANDIDATE_OPTIONS = "sensitiveCandidateOptions";
        public static final String SENSITIVE_EXTENSION_REASON = "sensitiveExtensionReason";
        public static final String SENSITIVE_GUARDIANSHIP_NOTE = "sensitiveGuardianshipNote";
        public static final String SENSITIVE_MAIL_ATTACHMENTS = "sensitiveMailAttachments";
        public static final String SENSITIVE_MAIL_FROM = "sensitiveMailFrom";
        public static final String SENSITIVE_MAIL_PROBLEMS = "sensitiveMailProblems";
        public static final String SENSITIVE_MAIL_SUBJECT = "sensitiveMailSubject";
        public static final String SENSITIVE_MAIL_TEXT = "sensitiveMailText";
        public static final String SENSITIVE_REQUEST_DETAILS = "sensitiveRequestDetails";
        public static final String SENSITIVE_REQUESTER_EMAIL = "sensitiveRequesterEmail";
        public static final String SENSITIVE_REQUESTER_NAME = "sensitiveRequesterName";
        public static final String SENSITIVE_REQUESTER_PHONE = "sensitiveRequesterPhone";
        public static final String SUBJECT_CHOICE = "subjectChoice";
        public static final String SUBJECT_PERSON_ID = "subjectPersonId";
        public static final String VERIFIED_IDENTITY_CODE_MASKED = "verifiedIdentityCodeMasked";
        public static final String WATCH_NOTE = "watchNote";

        private Variable() {
        }
    }
}
