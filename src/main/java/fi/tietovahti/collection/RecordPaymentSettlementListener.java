package fi.tietovahti.collection;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "place or return the payment": carried out in the ledger, or refused with the reason. */
@Component("recordPaymentSettlement")
class RecordPaymentSettlementListener implements TaskListener {

    private final Payments payments;
    private final Deposits deposits;

    RecordPaymentSettlementListener(Payments payments, Deposits deposits) {
        this.payments = payments;
        this.deposits = deposits;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = Authenticated.userIdOrNull(task);
        if (user == null) {
            throw new IllegalStateException("this decision is a person's: nobody is logged in");
        }
        Payments.Settlement settlement = Payments.Settlement.valueOf(String.valueOf(task.getVariable(
                "paymentSettlement")));
        if ("DEPOSIT".equals(task.getVariable("paymentQuestion"))) {
            Object finalInvoice = task.getVariable("finalInvoiceAmount");
            deposits.settle(((Number) task.getVariable("tenancyId")).longValue(), settlement,
                    finalInvoice == null || finalInvoice.toString().isBlank() ? null
                            : new java.math.BigDecimal(finalInvoice.toString().strip().replace(',', '.')), user);
            return;
        }
        Object id = task.getVariable("unplacedPaymentId");
        Object target = task.getVariable("settlementTarget");
        payments.settle(String.valueOf(task.getVariable("paymentQuestion")),
                id == null ? null : ((Number) id).longValue(),
                settlement,
                target == null ? null : target.toString(), user);
    }
}
