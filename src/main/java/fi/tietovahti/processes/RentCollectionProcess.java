package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/rent-collection.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class RentCollectionProcess {

    public static final String KEY = "rent-collection";

    private RentCollectionProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String ARREARS_PAID_ANYWHERE = "ArrearsPaidAnywhere";
        public static final String ARREARS_PAID_START = "ArrearsPaidStart";
        public static final String CASE_CHANGED = "CaseChanged";
        public static final String CASE_CLOSED = "CaseClosed";
        public static final String CASE_OPENED = "CaseOpened";
        public static final String CASE_PAID = "CasePaid";
        public static final String DECIDE_COLLECTION_QUESTION = "DecideCollectionQuestion";
        public static final String HAND_OVER_TO_PARTNER = "HandOverToPartner";
        public static final String HANDOVER_REFUSED = "HandoverRefused";
        public static final String PAID_IN_FULL = "PaidInFull";
        public static final String PLAN_NEXT_COLLECTION_STEP = "PlanNextCollectionStep";
        public static final String STEP_DAY = "StepDay";
        public static final String TAKE_COLLECTION_STEP = "TakeCollectionStep";
        public static final String WAIT_FOR_PARTNER = "WaitForPartner";
        public static final String WAIT_FOR_STEP_DAY = "WaitForStepDay";
        public static final String WHAT_THE_HANDLER_DECIDED = "WhatTheHandlerDecided";
        public static final String WHAT_THE_STEP_LED_TO = "WhatTheStepLedTo";

        private Element() {
        }
    }

    /** Names of the messages the model waits for. */
    public static final class Message {

        public static final String ARREARS_PAID = "ArrearsPaid";
        public static final String COLLECTION_CASE_CHANGED = "CollectionCaseChanged";
        public static final String COLLECTION_PARTNER_RETURNED = "CollectionPartnerReturned";

        private Message() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String CASE_REFERENCE = "caseReference";
        public static final String COLLECTION_DECISION = "collectionDecision";
        public static final String COLLECTION_QUESTION = "collectionQuestion";
        public static final String HANDOVER_APPROVED_BY = "handoverApprovedBy";
        public static final String HANDOVER_ERROR = "handoverError";
        public static final String NEXT_STEP = "nextStep";
        public static final String NEXT_STEP_AT = "nextStepAt";
        public static final String STEP_OUTCOME = "stepOutcome";

        private Variable() {
        }
    }
}
