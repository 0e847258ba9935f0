package fi.tietovahti.disturbance;

import fi.tietovahti.platform.FormDate;
import fi.tietovahti.tenancy.Evictions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task RegisterComplaint: the complaint from the start form joins the tenancy's file, whose reference becomes
 * the business key. The complainant and the description arrive as "sensitive*" variables, which never reach history,
 * and are removed here: the register keeps them.
 */
@Component("registerComplaint")
class RegisterComplaintDelegate implements JavaDelegate {

    static final String NAME = "sensitiveComplainantName";
    static final String CONTACT = "sensitiveComplainantContact";
    static final String DESCRIPTION = "sensitiveComplaintDescription";

    private final DisturbanceCases cases;

    RegisterComplaintDelegate(DisturbanceCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object name = execution.getVariable(NAME);
        Object contact = execution.getVariable(CONTACT);
        Object description = execution.getVariable(DESCRIPTION);
        execution.removeVariable(NAME);
        execution.removeVariable(CONTACT);
        execution.removeVariable(DESCRIPTION);
        Object received = execution.getVariable("complaintReceivedOn");
        String reference = cases.register(new DisturbanceCases.Complaint(
                String.valueOf(execution.getVariable("contractNumber")),
                Evictions.ConductGround.valueOf(String.valueOf(execution.getVariable("disturbanceGround"))),
                DisturbanceCases.ComplainantKind.valueOf(String.valueOf(execution.getVariable("complainantKind"))),
                name == null ? null : name.toString(), contact == null ? null : contact.toString(),
                FormDate.dayOrNull(received, "complaintReceivedOn"), description == null ? null : description.toString()));
        execution.setProcessBusinessKey(reference);
        execution.setVariable("caseReference", reference);
    }
}
