package fi.tietovahti.request;

import fi.tietovahti.cases.CaseDeadlines;
import fi.tietovahti.cases.PrivacyCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task RegisterRequest: opens the case from what the door submitted (desk start form, REST, email) and
 * makes its number the business key. The requester's name and contacts arrive as "sensitive*" variables, which
 * never reach the engine's history; they are moved to the case tables and removed in the same transaction.
 * Invalid input fails the start with the reason, so the desk form or the REST caller sees it.
 */
@Component("registerRequest")
class RegisterRequestDelegate implements JavaDelegate {

    static final String NAME = "sensitiveRequesterName";
    static final String EMAIL = "sensitiveRequesterEmail";
    static final String PHONE = "sensitiveRequesterPhone";
    /** What the requester wrote with the request (a correction asked, the processing objected to). */
    static final String DETAILS = "sensitiveRequestDetails";

    private final PrivacyRequests requests;
    private final CaseDeadlines deadlines;
    private final fi.tietovahti.cases.CaseRegistry cases;
    private final java.time.Clock clock;

    RegisterRequestDelegate(PrivacyRequests requests, CaseDeadlines deadlines, fi.tietovahti.cases.CaseRegistry cases,
                            java.time.Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.deadlines = deadlines;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String name = text(execution.getVariable(NAME));
        String email = text(execution.getVariable(EMAIL));
        String phone = text(execution.getVariable(PHONE));
        execution.removeVariable(NAME);
        execution.removeVariable(EMAIL);
        execution.removeVariable(PHONE);
        Object details = execution.getVariable(DETAILS);
        execution.removeVariable(DETAILS);
        PrivacyCase.Type type = requestType(execution.getVariable(RequestDoors.REQUEST_TYPE));
        String rightProcess = RequestDoors.rightProcess(type);
        // the desk form serves every right, so it cannot require the correction itself (an email carries its text)
        if (type == PrivacyCase.Type.RECTIFICATION && !"EMAIL".equals(String.valueOf(execution.getVariable("channel")))
                && (details == null || details.toString().isBlank())) {
            throw new IllegalArgumentException("Pyydetty korjaus puuttuu / The correction asked is missing: say which "
                    + "data is wrong and what is right");
        }
        PrivacyCase kase = requests.register(new PrivacyRequests.Registration(type,
                DoorInput.receivedAt(execution.getVariable("receivedAt"), clock), text(execution.getVariable("language")),
                DoorInput.channel(execution.getVariable("channel")), name, email, phone,
                Boolean.TRUE.equals(execution.getVariable("onBehalfOfMinor"))));
        if (details != null) {
            cases.recordRequestDetails(kase.getCaseNumber(), details.toString());
        }
        execution.setProcessBusinessKey(kase.getCaseNumber());
        execution.setVariable("caseNumber", kase.getCaseNumber());
        execution.setVariable("caseType", kase.getCaseType().name());
        execution.setVariable(RequestDoors.RIGHT_PROCESS, rightProcess);
        execution.setVariable("deskCheck", Boolean.TRUE.equals(execution.getVariable("deskCheck")));
        execution.setVariable("onBehalfOfMinor", kase.isOnBehalfOfMinor());
        execution.setVariables(deadlines.variables(kase));
    }

    /** The right asked; a missing one is access (the oldest door), an unknown one is refused with the choices. */
    private static PrivacyCase.Type requestType(Object value) {
        if (value == null || value.toString().isBlank()) {
            return PrivacyCase.Type.ACCESS;
        }
        try {
            return PrivacyCase.Type.valueOf(value.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown request type '" + value + "': one of "
                    + java.util.Arrays.toString(PrivacyCase.Type.values()));
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
