package fi.tietovahti.identity;

import fi.tietovahti.hetu.InvalidPersonalIdentityCodeException;
import fi.tietovahti.hetu.PersonalIdentityCode;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task SaveDeskCheck: stores what the handler read from the identity document. The name and code arrive
 * as "sensitive*" form variables, which the engine's history never records (SensitiveVariables); they are removed
 * here, in the same transaction in which the form was submitted, so they never rest in the engine's tables.
 */
@Component("saveDeskCheck")
class SaveDeskCheckDelegate implements JavaDelegate {

    static final String NAME = "sensitiveDocumentName";
    static final String CODE = "sensitiveIdentityCode";

    private final IdentityVerificationService verification;
    private final Clock clock;

    SaveDeskCheckDelegate(IdentityVerificationService verification, Clock clock) {
        this.verification = verification;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String name = (String) execution.getVariable(NAME);
        String code = (String) execution.getVariable(CODE);
        execution.removeVariable(NAME);
        execution.removeVariable(CODE);
        String handler = fi.tietovahti.platform.Authenticated.userId(execution);
        PersonalIdentityCode hetu;
        try {
            hetu = PersonalIdentityCode.parse(code, clock);
        } catch (InvalidPersonalIdentityCodeException e) {
            execution.setVariable("deskCheckError", e.getMessage());
            throw new BpmnError("INVALID_IDENTITY_CODE", e.getMessage());
        }
        if (name == null || name.isBlank()) {
            execution.setVariable("deskCheckError", "The name on the document is missing");
            throw new BpmnError("INVALID_IDENTITY_CODE", "name missing");
        }
        IdentityVerification v = verification.recordDeskCheck(execution.getProcessBusinessKey(), name, hetu,
                (String) execution.getVariable("documentType"), handler);
        execution.removeVariable("deskCheckError");
        execution.setVariable("identityVerificationId", v.getId());
        execution.setVariable("verifiedIdentityCodeMasked", hetu.masked());
        execution.setVariable("identityVerified", true);
    }
}
