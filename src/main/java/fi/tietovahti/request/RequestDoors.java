package fi.tietovahti.request;

import fi.tietovahti.processes.ErasureRequestProcess;
import fi.tietovahti.processes.ObjectionRequestProcess;
import fi.tietovahti.processes.PortabilityRequestProcess;
import fi.tietovahti.processes.PrivacyRequestProcess;
import fi.tietovahti.processes.RectificationRequestProcess;
import fi.tietovahti.processes.RestrictionRequestProcess;
import fi.tietovahti.processes.SubjectAccessRequestProcess;

import fi.tietovahti.cases.PrivacyCase;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import fi.tietovahti.platform.Workflow;
import org.springframework.stereotype.Service;

/**
 * The doors of every privacy request besides the desk start form: the REST endpoint and callers start the front
 * (process privacy-request) by key, the email intake sends its start message. All pass the same variables, the
 * right asked among them ({@link #REQUEST_TYPE}), to the same first step (RegisterRequest), which opens the case and
 * names the right's own process ({@link #RIGHT_PROCESS}) that the front calls once the requester is verified.
 */
@Service
public class RequestDoors {

    /** The front every right shares (ADR 17). */
    public static final String PROCESS_KEY = PrivacyRequestProcess.KEY;
    public static final String START_MESSAGE = PrivacyRequestProcess.Message.PRIVACY_REQUEST_RECEIVED;
    /** Start variable: the right asked, a {@link PrivacyCase.Type} name (access when missing). */
    public static final String REQUEST_TYPE = PrivacyRequestProcess.Variable.REQUEST_TYPE;
    /** Set at registration: the called process that carries out the right (call activity CarryOutRequest). */
    public static final String RIGHT_PROCESS = PrivacyRequestProcess.Variable.RIGHT_PROCESS;

    /** A started request: its case number (the business key) and process instance. */
    public record Started(String caseNumber, String processInstanceId) {
    }

    private final Workflow workflow;

    RequestDoors(Workflow workflow) {
        this.workflow = workflow;
    }

    /** Starts from the REST endpoint (or any caller with a request in hand). */
    public Started start(PrivacyRequests.Registration request, boolean checkedAtDesk) {
        return started(workflow.start(PROCESS_KEY, null, variables(request, checkedAtDesk)));
    }

    /** Starts from an email: the message start event the intake correlates. */
    public Started receiveByEmail(PrivacyRequests.Registration request) {
        return receiveByEmail(request, null);
    }

    /** The same, with what the requester wrote (the correction asked, what they object to), kept with the case only. */
    public Started receiveByEmail(PrivacyRequests.Registration request, String details) {
        Map<String, Object> variables = variables(request, false);
        if (details != null && !details.isBlank()) {
            variables.put(RegisterRequestDelegate.DETAILS, details);
        }
        return started(workflow.startByMessage(START_MESSAGE, variables));
    }

    /** RegisterRequest made the case number the business key (reading the variables back costs a query). */
    private static Started started(Workflow.Started pi) {
        if (pi.businessKey() == null) {
            throw new IllegalStateException("process instance " + pi.processInstanceId()
                    + " started without a case number");
        }
        return new Started(pi.businessKey(), pi.processInstanceId());
    }

    /** Per request type, the called process that carries out the right. */
    private static final Map<PrivacyCase.Type, String> RIGHTS = Map.of(
            PrivacyCase.Type.ACCESS, SubjectAccessRequestProcess.KEY,
            PrivacyCase.Type.ERASURE, ErasureRequestProcess.KEY,
            PrivacyCase.Type.PORTABILITY, PortabilityRequestProcess.KEY,
            PrivacyCase.Type.RESTRICTION, RestrictionRequestProcess.KEY,
            PrivacyCase.Type.OBJECTION, ObjectionRequestProcess.KEY,
            PrivacyCase.Type.RECTIFICATION, RectificationRequestProcess.KEY);

    /** Whether a process serves requests of this type yet (the other rights still go to a handler's triage). */
    public static boolean automated(PrivacyCase.Type type) {
        return RIGHTS.containsKey(type);
    }

    /** The process that carries out this right; a type no process serves is refused with the reason. */
    public static String rightProcess(PrivacyCase.Type type) {
        String key = RIGHTS.get(type == null ? PrivacyCase.Type.ACCESS : type);
        if (key == null) {
            throw new IllegalArgumentException("no process serves " + type + " requests yet");
        }
        return key;
    }

    /** The called processes of every right. */
    public static java.util.Collection<String> rightProcesses() {
        return RIGHTS.values();
    }

    private static Map<String, Object> variables(PrivacyRequests.Registration r, boolean checkedAtDesk) {
        Map<String, Object> variables = new HashMap<>();
        rightProcess(r.type()); // refused here, before anything starts
        variables.put(REQUEST_TYPE, (r.type() == null ? PrivacyCase.Type.ACCESS : r.type()).name());
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
