package fi.tietovahti.access;

import fi.tietovahti.cases.PrivacyCase;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import fi.tietovahti.platform.Workflow;
import org.springframework.stereotype.Service;

/**
 * The doors of every right's request besides the desk start form (each right has its own process with the same
 * doors, ADR 10): the REST endpoint and callers start the process by key, the email intake sends its start message.
 * All pass the same variables to the same first step (RegisterRequest), which opens the case.
 */
@Service
public class AccessRequestDoors {

    public static final String PROCESS_KEY = "subject-access-request";
    public static final String START_MESSAGE = "AccessRequestReceived";
    public static final String ERASURE_PROCESS_KEY = "erasure-request";
    public static final String ERASURE_START_MESSAGE = "ErasureRequestReceived";

    /** A started request: its case number (the business key) and process instance. */
    public record Started(String caseNumber, String processInstanceId) {
    }

    private final Workflow workflow;

    AccessRequestDoors(Workflow workflow) {
        this.workflow = workflow;
    }

    /** Starts from the REST endpoint (or any caller with a request in hand). */
    public Started start(AccessRequests.Registration request, boolean checkedAtDesk) {
        return started(workflow.start(door(request.type()).processKey(), null, variables(request, checkedAtDesk)));
    }

    /** Starts from an email: the message start event the intake correlates. */
    public Started receiveByEmail(AccessRequests.Registration request) {
        return receiveByEmail(request, null);
    }

    /** The same, with what the requester wrote (the correction asked, what they object to), kept with the case only. */
    public Started receiveByEmail(AccessRequests.Registration request, String details) {
        Map<String, Object> variables = variables(request, false);
        if (details != null && !details.isBlank()) {
            variables.put(RegisterRequestDelegate.DETAILS, details);
        }
        return started(workflow.startByMessage(door(request.type()).startMessage(), variables));
    }

    /** RegisterRequest made the case number the business key (reading the variables back costs a query). */
    private static Started started(Workflow.Started pi) {
        if (pi.businessKey() == null) {
            throw new IllegalStateException("process instance " + pi.processInstanceId()
                    + " started without a case number");
        }
        return new Started(pi.businessKey(), pi.processInstanceId());
    }

    /** Per request type, the process that serves it and the message its email door listens to. */
    private record Door(String processKey, String startMessage) {
    }

    private static final Map<PrivacyCase.Type, Door> DOORS = Map.of(
            PrivacyCase.Type.ACCESS, new Door(PROCESS_KEY, START_MESSAGE),
            PrivacyCase.Type.ERASURE, new Door(ERASURE_PROCESS_KEY, ERASURE_START_MESSAGE),
            PrivacyCase.Type.PORTABILITY, new Door("portability-request", "PortabilityRequestReceived"),
            PrivacyCase.Type.RESTRICTION, new Door("restriction-request", "RestrictionRequestReceived"),
            PrivacyCase.Type.OBJECTION, new Door("objection-request", "ObjectionReceived"),
            PrivacyCase.Type.RECTIFICATION, new Door("rectification-request", "RectificationRequestReceived"));

    /** Whether a process serves requests of this type yet (the other rights still go to a handler's triage). */
    public static boolean automated(PrivacyCase.Type type) {
        return DOORS.containsKey(type);
    }

    private static Door door(PrivacyCase.Type type) {
        Door door = DOORS.get(type == null ? PrivacyCase.Type.ACCESS : type);
        if (door == null) {
            throw new IllegalArgumentException("no process serves " + type + " requests yet");
        }
        return door;
    }

    private static Map<String, Object> variables(AccessRequests.Registration r, boolean checkedAtDesk) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RegisterRequestDelegate.NAME, r.requesterName());
        variables.put(RegisterRequestDelegate.EMAIL, r.requesterEmail());
        variables.put(RegisterRequestDelegate.PHONE, r.requesterPhone());
        variables.put("language", r.language());
        variables.put("channel", (r.channel() == null ? PrivacyCase.Channel.REST : r.channel()).name());
        variables.put("receivedAt", r.receivedAt() == null ? null : Date.from(r.receivedAt()));
        variables.put("deskCheck", checkedAtDesk);
        variables.put("onBehalfOfMinor", r.onBehalfOfMinor());
        return variables;
    }
}
