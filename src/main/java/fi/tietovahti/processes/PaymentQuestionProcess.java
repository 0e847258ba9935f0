package fi.tietovahti.processes;

/**
 * The vocabulary of {@code processes/payment-question.bpmn}: its key, element ids, messages and the variables
 * its expressions, call mappings and forms name or its documentation lists. Generated from the model by
 * ProcessVocabularyTest; do not edit: change the model, then run
 * {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
public final class PaymentQuestionProcess {

    public static final String KEY = "payment-question";

    private PaymentQuestionProcess() {
    }

    /** Ids of the model's elements (tasks, events, gateways, sub-processes). */
    public static final class Element {

        public static final String PAYMENT_QUESTION_ASKED = "PaymentQuestionAsked";
        public static final String PAYMENT_SETTLED = "PaymentSettled";
        public static final String SETTLE_THE_PAYMENT = "SettleThePayment";

        private Element() {
        }
    }

    /** Names of the process variables the model and its forms use. */
    public static final class Variable {

        public static final String CASE_REFERENCE = "caseReference";
        public static final String DEPOSIT_CENTS = "depositCents";
        public static final String FINAL_INVOICE_AMOUNT = "finalInvoiceAmount";
        public static final String LEFT_OVER_CENTS = "leftOverCents";
        public static final String PAYMENT_QUESTION = "paymentQuestion";
        public static final String PAYMENT_SETTLEMENT = "paymentSettlement";
        public static final String SETTLEMENT_TARGET = "settlementTarget";
        public static final String TENANCY_ID = "tenancyId";
        public static final String UNPLACED_PAYMENT_ID = "unplacedPaymentId";

        private Variable() {
        }
    }
}
