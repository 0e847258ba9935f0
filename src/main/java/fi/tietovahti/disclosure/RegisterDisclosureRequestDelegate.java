package fi.tietovahti.disclosure;

import fi.tietovahti.platform.Authenticated;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task RegisterDisclosureRequest: records what the door submitted (Tasklist's start form, the partner API,
 * email, another process) and makes the reference the business key. The identity code and person ids arrive as
 * "sensitive*" variables, which never reach history, and are removed here. A logged-in user is the asker and the
 * channel is the desk, whatever the variables say.
 */
@Component("registerDisclosureRequest")
class RegisterDisclosureRequestDelegate implements JavaDelegate {

    static final String SUBJECT_CODE = "sensitiveSubjectCode";
    static final String SUBJECT_PERSON_IDS = "sensitiveSubjectPersonIds";

    private final DisclosureRequests requests;
    private final DisclosureProperties properties;

    RegisterDisclosureRequestDelegate(DisclosureRequests requests, DisclosureProperties properties) {
        this.requests = requests;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = text(execution.getVariable(SUBJECT_CODE));
        String ids = text(execution.getVariable(SUBJECT_PERSON_IDS));
        execution.removeVariable(SUBJECT_CODE);
        execution.removeVariable(SUBJECT_PERSON_IDS);
        String user = Authenticated.userIdOrNull(execution);
        DisclosureRequests.Channel channel = user != null ? DisclosureRequests.Channel.DESK
                : DisclosureRequests.Channel.valueOf(text(execution.getVariable("disclosureChannel")));
        String askedBy = user != null ? user : text(execution.getVariable("askedBy"));
        if (askedBy == null) {
            throw new IllegalArgumentException("who asked is not known");
        }
        List<Long> persons = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList();
        String reference = requests.register(new DisclosureRequests.Registration(text(execution.getVariable("recipientId")),
                text(execution.getVariable("purpose")), text(execution.getVariable("legalReference")),
                Boolean.TRUE.equals(execution.getVariable("asksExchangeData")),
                Boolean.TRUE.equals(execution.getVariable("asksIdentityCodes")), code, persons,
                text(execution.getVariable("buildingAddress")), channel, askedBy, text(execution.getVariable("cause"))));
        execution.setProcessBusinessKey(reference);
        execution.setVariable("disclosureReference", reference);
        execution.setVariable("disclosureChannel", channel.name());
        execution.setVariable("askedBy", askedBy);
        execution.setVariable("disclosureConsentWait", properties.consentWait().toString());
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
