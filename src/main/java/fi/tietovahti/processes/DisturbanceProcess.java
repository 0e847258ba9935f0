package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/disturbance.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class DisturbanceProcess {

    public static final String KEY = "disturbance";

    private DisturbanceProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String COMPLAINT_RECEIVED = "ComplaintReceived";
        public static final String CORRECTED = "Corrected";
        public static final String DECIDE_RESCISSION_FOR_CONDUCT = "DecideRescissionForConduct";
        public static final String DID_IT_STOP = "DidItStop";
        public static final String EVICTION_STARTED = "EvictionStarted";
        public static final String FOLLOW_UP_AFTER_WARNING = "FollowUpAfterWarning";
        public static final String INVESTIGATE_COMPLAINT = "InvestigateComplaint";
        public static final String NO_ACTION = "NoAction";
        public static final String NOT_RESCINDED = "NotRescinded";
        public static final String RECORD_WARNING_DELIVERY = "RecordWarningDelivery";
        public static final String REGISTER_COMPLAINT = "RegisterComplaint";
        public static final String REMARK_GIVEN = "RemarkGiven";
        public static final String RESCIND_FOR_CONDUCT = "RescindForConduct";
        public static final String WHAT_WAS_FOUND = "WhatWasFound";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String CASE_REFERENCE = "caseReference";
        public static final String COMPLAINANT_KIND = "complainantKind";
        public static final String COMPLAINT_RECEIVED_ON = "complaintReceivedOn";
        public static final String CONTRACT_NUMBER = "contractNumber";
        public static final String DISTURBANCE_GROUND = "disturbanceGround";
        public static final String EVICTION_REFERENCE = "evictionReference";
        public static final String EXCEPTION_BASIS = "exceptionBasis";
        public static final String FOLLOW_UP_ON = "followUpOn";
        public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
        public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
        public static final String REMARK_HOW = "remarkHow";
        public static final String RESCISSION_DECISION = "rescissionDecision";
        public static final String SENSITIVE_COMPLAINANT_CONTACT = "sensitiveComplainantContact";
        public static final String SENSITIVE_COMPLAINANT_NAME = "sensitiveComplainantName";
        public static final String SENSITIVE_COMPLAINT_DESCRIPTION = "sensitiveComplaintDescription";
        public static final String SENSITIVE_CONDUCT = "sensitiveConduct";
        public static final String SENSITIVE_EXCEPTION_REASONS = "sensitiveExceptionReasons";
        public static final String WARNING_DELIVERED_HOW = "warningDeliveredHow";
        public static final String WARNING_DELIVERED_ON = "warningDeliveredOn";

        private Variable() {
        }
    }
}
