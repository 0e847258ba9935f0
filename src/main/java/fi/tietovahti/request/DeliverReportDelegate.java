package fi.tietovahti.request;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.delivery.SecureDeliveries;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task DeliverReport: opens the secure delivery to the verified requester and emails the link. */
@Component("deliverReport")
class DeliverReportDelegate implements JavaDelegate {

    private final SecureDeliveries deliveries;
    private final CaseRegistry cases;
    private final Clock clock;

    DeliverReportDelegate(SecureDeliveries deliveries, CaseRegistry cases, Clock clock) {
        this.clock = clock;
        this.deliveries = deliveries;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SecureDeliveries.Created created = deliveries.deliver(execution.getProcessBusinessKey(),
                (Long) execution.getVariable("identityVerificationId"));
        Date now = Date.from(clock.instant());
        cases.markDelivered(execution.getProcessBusinessKey(), now.toInstant());
        execution.setVariable("answeredAt", now);
        execution.setVariable("deliveryExpiresAt", Date.from(created.expiresAt()));
    }
}
