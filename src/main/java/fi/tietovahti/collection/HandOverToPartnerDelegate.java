package fi.tietovahti.collection;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task HandOverToPartner: the claim goes to the collection partner and into the disclosure register. A refusal
 * of the register (a restriction in force, the table) goes back to the handler as HANDOVER_REFUSED; a failing
 * partner API is thrown, retried, and then an incident.
 */
@Component("handOverToPartner")
class HandOverToPartnerDelegate implements JavaDelegate {

    /** The error code of processes/rent-collection.bpmn's boundary event HandoverRefused. */
    static final String HANDOVER_REFUSED = "HANDOVER_REFUSED";

    private final Handovers handovers;

    HandOverToPartnerDelegate(Handovers handovers) {
        this.handovers = handovers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object approvedBy = execution.getVariable("handoverApprovedBy");
        if (handovers.handOver(execution.getProcessBusinessKey(), approvedBy == null ? null : approvedBy.toString())
                .isEmpty()) {
            execution.setVariable("collectionQuestion", RentCollection.Question.HANDOVER_REFUSED.name());
            throw new BpmnError(HANDOVER_REFUSED, "the disclosure register refused the hand-over");
        }
    }
}
