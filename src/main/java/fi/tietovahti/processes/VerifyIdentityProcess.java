package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/verify-identity.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class VerifyIdentityProcess {

    public static final String KEY = "verify-identity";

    private VerifyIdentityProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String AWAIT_SIGNATURE = "AwaitSignature";
        public static final String AWAIT_SIGNATURE_AFTER_REMINDER = "AwaitSignatureAfterReminder";
        public static final String CHECKED_WHERE = "CheckedWhere";
        public static final String CLOSE_UNVERIFIED = "CloseUnverified";
        public static final String DOCUMENT_DATA_INVALID = "DocumentDataInvalid";
        public static final String NO_EMAIL_ADDRESS = "NoEmailAddress";
        public static final String NOT_VERIFIED = "NotVerified";
        public static final String RECORD_DESK_CHECK = "RecordDeskCheck";
        public static final String REMINDER_DUE = "ReminderDue";
        public static final String REQUEST_SIGNATURE = "RequestSignature";
        public static final String SAVE_DESK_CHECK = "SaveDeskCheck";
        public static final String SEND_SIGNATURE_INVITATION = "SendSignatureInvitation";
        public static final String SEND_SIGNATURE_REMINDER = "SendSignatureReminder";
        public static final String SIGNED = "Signed";
        public static final String SIGNED_AFTER_REMINDER = "SignedAfterReminder";
        public static final String SIGNING_EXPIRED = "SigningExpired";
        public static final String VERIFICATION_REQUESTED = "VerificationRequested";
        public static final String VERIFIED_AT_DESK = "VerifiedAtDesk";
        public static final String VERIFIED_BY_SIGNATURE = "VerifiedBySignature";

        private Element() {
        }
    }

    /** Names of the messages the model waits for. */
    public static final class Message {

        public static final String IDENTITY_SIGNED = "IdentitySigned";

        private Message() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String DESK_CHECK = "deskCheck";
        public static final String DESK_CHECK_ERROR = "deskCheckError";
        public static final String DOCUMENT_TYPE = "documentType";
        public static final String IDENTITY_VERIFICATION_ID = "identityVerificationId";
        public static final String IDENTITY_VERIFIED = "identityVerified";
        public static final String INTERNAL_TARGET = "internalTarget";
        public static final String LEGAL_DEADLINE = "legalDeadline";
        public static final String SENSITIVE_DOCUMENT_NAME = "sensitiveDocumentName";
        public static final String SENSITIVE_IDENTITY_CODE = "sensitiveIdentityCode";
        public static final String SIGNING_REQUEST_ID = "signingRequestId";
        public static final String VERIFIED_IDENTITY_CODE_MASKED = "verifiedIdentityCodeMasked";

        private Variable() {
        }
    }
}
