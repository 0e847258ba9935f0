package fi.tietovahti.disclosure;

import fi.tietovahti.platform.Workflow;
import fi.tietovahti.processes.DisclosureRequestProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The ways into disclosure-request besides Tasklist's start form: a partner's API call, another process's
 * disclosure (Kela's move-out notice, a hand-over to the collection partner, a referral with consent). Each starts
 * the process for the controller; the process records who asked and through which door.
 */
@Service
public class DisclosureDoors {

    /** A started request: its reference and process instance. */
    public record Started(String reference, String processInstanceId) {
    }

    /** What a partner or process asks; whom it concerns by identity code, person ids or a building. */
    public record Ask(String purpose, String legalReference, boolean asksExchangeData, boolean asksIdentityCodes,
                      String subjectCode, List<Long> subjectPersonIds, String buildingAddress, String cause) {
        @Override
        public String toString() {
            return "Ask[purpose=" + purpose + "]";
        }
    }

    private final Workflow workflow;
    private final Recipients recipients;

    DisclosureDoors(Workflow workflow, Recipients recipients) {
        this.workflow = workflow;
        this.recipients = recipients;
    }

    /** A partner asks through the API: the recipient is the one its user belongs to, never one it names. */
    public Started fromPartner(String apiUser, Ask ask) {
        Recipients.Recipient recipient = recipients.byApiUser(apiUser).orElseThrow(() ->
                new NotAPartner(apiUser));
        return start(recipient.id(), DisclosureRequests.Channel.REST, apiUser, ask);
    }

    /**
     * Another process discloses: to the one recipient named by its catalogue recipient or kind (Kela, the collection
     * partner; {@link Recipients#forProcess}). {@code cause} names the process or case that caused it, without
     * personal data.
     */
    public Started fromProcess(String catalogueRecipientOrKind, Ask ask) {
        Recipients.Recipient recipient = recipients.forProcess(catalogueRecipientOrKind);
        return start(recipient.id(), DisclosureRequests.Channel.PROCESS, "process:" + ask.cause(), ask);
    }

    /** A recipient's email that the intake recognised as a request for data. */
    public Started fromEmail(String recipientId, String sender, Ask ask) {
        return start(recipientId, DisclosureRequests.Channel.EMAIL, "email:" + sender, ask);
    }

    private Started start(String recipientId, DisclosureRequests.Channel channel, String askedBy, Ask ask) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("recipientId", recipientId);
        variables.put("purpose", ask.purpose());
        variables.put("legalReference", ask.legalReference());
        variables.put("asksExchangeData", ask.asksExchangeData());
        variables.put("asksIdentityCodes", ask.asksIdentityCodes());
        variables.put("buildingAddress", ask.buildingAddress());
        variables.put("cause", ask.cause());
        variables.put("disclosureChannel", channel.name());
        variables.put("askedBy", askedBy);
        variables.put(RegisterDisclosureRequestDelegate.SUBJECT_CODE, ask.subjectCode());
        if (ask.subjectPersonIds() != null && !ask.subjectPersonIds().isEmpty()) {
            variables.put(RegisterDisclosureRequestDelegate.SUBJECT_PERSON_IDS, ask.subjectPersonIds().stream()
                    .map(String::valueOf).collect(Collectors.joining(",")));
        }
        Workflow.Started started = workflow.startAsController(DisclosureRequestProcess.KEY, null, variables);
        return new Started(started.businessKey(), started.processInstanceId());
    }

    /** The API user belongs to no partner in the recipient directory. */
    public static class NotAPartner extends RuntimeException {
        NotAPartner(String user) {
            super("the user " + user + " asks for no recipient in the directory");
        }
    }
}
