package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/disclosure-request.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class DisclosureRequestProcess {

    public static final String KEY = "disclosure-request";

    private DisclosureRequestProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String APPROVAL_NEEDED = "ApprovalNeeded";
        public static final String APPROVE_DISCLOSURE = "ApproveDisclosure";
        public static final String APPROVED = "Approved";
        public static final String ASK_FOR_CONSENT = "AskForConsent";
        public static final String CONSENT_ASKED = "ConsentAsked";
        public static final String CONSENT_GIVEN = "ConsentGiven";
        public static final String CONSENT_WAIT_OVER = "ConsentWaitOver";
        public static final String DECIDE_DISCLOSURE = "DecideDisclosure";
        public static final String DECIDE_RESTRICTED_DISCLOSURE = "DecideRestrictedDisclosure";
        public static final String DECIDE_UNLISTED_DISCLOSURE = "DecideUnlistedDisclosure";
        public static final String DELIVER_DISCLOSURE = "DeliverDisclosure";
        public static final String DISCLOSED = "Disclosed";
        public static final String DISCLOSURE_REQUESTED = "DisclosureRequested";
        public static final String DPO_DECIDED = "DpoDecided";
        public static final String EXCEPTION_RECORDED = "ExceptionRecorded";
        public static final String NO_LONGER_ALLOWED = "NoLongerAllowed";
        public static final String RECORD_MISSING_CONSENT = "RecordMissingConsent";
        public static final String REFUSED = "Refused";
        public static final String REGISTER_DISCLOSURE_REQUEST = "RegisterDisclosureRequest";
        public static final String SECOND_APPROVE_DISCLOSURE = "SecondApproveDisclosure";
        public static final String SECOND_APPROVED = "SecondApproved";
        public static final String TELL_REFUSAL = "TellRefusal";
        public static final String WAIT_FOR_CONSENT = "WaitForConsent";
        public static final String WHAT_THE_DECISION_SAYS = "WhatTheDecisionSays";

        private Element() {
        }
    }

    /** Names of the messages the model waits for. */
    public static final class Message {

        public static final String DISCLOSURE_CONSENT_GIVEN = "DisclosureConsentGiven";

        private Message() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String APPROVAL = "approval";
        public static final String APPROVAL_DECISION = "approvalDecision";
        public static final String ASKED_BY = "askedBy";
        public static final String ASKS_EXCHANGE_DATA = "asksExchangeData";
        public static final String ASKS_IDENTITY_CODES = "asksIdentityCodes";
        public static final String BUILDING_ADDRESS = "buildingAddress";
        public static final String CAUSE = "cause";
        public static final String CONSENT_ASKED = "consentAsked";
        public static final String DISCLOSURE_BASIS = "disclosureBasis";
        public static final String DISCLOSURE_CHANNEL = "disclosureChannel";
        public static final String DISCLOSURE_CONSENT_WAIT = "disclosureConsentWait";
        public static final String DISCLOSURE_FIELDS = "disclosureFields";
        public static final String DISCLOSURE_OUTCOME = "disclosureOutcome";
        public static final String DISCLOSURE_REFERENCE = "disclosureReference";
        public static final String DPO_DISCLOSURE_DECISION = "dpoDisclosureDecision";
        public static final String DPO_PROFILE = "dpoProfile";
        public static final String LEGAL_REFERENCE = "legalReference";
        public static final String PURPOSE = "purpose";
        public static final String RECIPIENT_ID = "recipientId";
        public static final String RECIPIENT_NAME = "recipientName";
        public static final String RESTRICTED_DISCLOSURE_DECISION = "restrictedDisclosureDecision";
        public static final String RESTRICTION_EXCEPTION_GROUND = "restrictionExceptionGround";
        public static final String SECOND_APPROVAL_DECISION = "secondApprovalDecision";
        public static final String SENSITIVE_APPROVAL_NOTE = "sensitiveApprovalNote";
        public static final String SENSITIVE_DPO_NOTE = "sensitiveDpoNote";
        public static final String SENSITIVE_RESTRICTION_NOTE = "sensitiveRestrictionNote";
        public static final String SENSITIVE_SUBJECT_CODE = "sensitiveSubjectCode";
        public static final String SUBJECT_COUNT = "subjectCount";

        private Variable() {
        }
    }
}
