package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/eviction.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class EvictionProcess {

    public static final String KEY = "eviction";

    private EvictionProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String APPLY_TO_BAILIFF = "ApplyToBailiff";
        public static final String ARREARS_PAID_DURING_EVICTION = "ArrearsPaidDuringEviction";
        public static final String ARREARS_PAID_START = "ArrearsPaidStart";
        public static final String CANCEL_OR_CONTINUE = "CancelOrContinue";
        public static final String CANCEL_THE_EVICTION = "CancelTheEviction";
        public static final String CANCELLED_ANYWHERE = "CancelledAnywhere";
        public static final String DECIDE_AFTER_PAYMENT = "DecideAfterPayment";
        public static final String DID_THE_TENANT_LEAVE = "DidTheTenantLeave";
        public static final String DISMISSED = "Dismissed";
        public static final String EVICTED = "Evicted";
        public static final String EVICTION_CANCELLED = "EvictionCancelled";
        public static final String EVICTION_CANCELLED_START = "EvictionCancelledStart";
        public static final String EVICTION_CONTINUES = "EvictionContinues";
        public static final String EVICTION_STARTED = "EvictionStarted";
        public static final String FILE_IN_DISTRICT_COURT = "FileInDistrictCourt";
        public static final String JUDGMENT_GIVEN = "JudgmentGiven";
        public static final String PREPARE_RESCISSION_NOTICE = "PrepareRescissionNotice";
        public static final String RECORD_EVICTION = "RecordEviction";
        public static final String RECORD_JUDGMENT = "RecordJudgment";
        public static final String RECORD_MOVING_DAY = "RecordMovingDay";
        public static final String RECORD_NOTICE_SERVICE = "RecordNoticeService";
        public static final String TENANCY_ENDED = "TenancyEnded";
        public static final String TENANT_LEFT = "TenantLeft";

        private Element() {
        }
    }

    /** Names of the messages the model waits for. */
    public static final class Message {

        public static final String EVICTION_ARREARS_PAID = "EvictionArrearsPaid";

        private Message() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String AFTER_PAYMENT_DECISION = "afterPaymentDecision";
        public static final String BAILIFF_APPLIED_ON = "bailiffAppliedOn";
        public static final String CASE_REFERENCE = "caseReference";
        public static final String COURT_CASE = "courtCase";
        public static final String COURT_FILED_ON = "courtFiledOn";
        public static final String EVICTED_ON = "evictedOn";
        public static final String JUDGMENT = "judgment";
        public static final String JUDGMENT_ON = "judgmentOn";
        public static final String MOVED_OUT_ON = "movedOutOn";
        public static final String MOVING_DAY = "movingDay";
        public static final String MOVING_NOTICE_RECEIVED_ON = "movingNoticeReceivedOn";
        public static final String POSTPONED_WITH_CONSENT = "postponedWithConsent";
        public static final String SERVED_HOW = "servedHow";
        public static final String SERVED_ON = "servedOn";
        public static final String TENANT_LEFT = "tenantLeft";

        private Variable() {
        }
    }
}
