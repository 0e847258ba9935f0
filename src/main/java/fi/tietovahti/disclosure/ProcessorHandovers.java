package fi.tietovahti.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hand-over that another process makes to a processor through the processor's own API (the collection partner):
 * the disclosure register records it like every disclosure (request, the decision table's basis, the fields and
 * categories, who approved it, the payload with its SHA-256), delivery {@code API}. The table decides as for any
 * request; a refusal or a restriction in force stops the hand-over before anything is sent.
 *
 * <p>One approval, not four eyes: the caller's own task (the collector who approved the hand-over) is the approval of
 * a routine transfer to a processor bound by an Art. 28 agreement (ADR 21).
 */
@Service
public class ProcessorHandovers {

    /** What is handed over, to whom (a catalogue recipient), about whom, why, approved by whom, and the payload. */
    public record Handover(String catalogueRecipient, String purpose, List<Long> personIds, String cause,
                           String approvedBy, String deliveredTo, String fileName, String mediaType, byte[] payload) {

        @Override
        public String toString() {
            return "Handover[" + catalogueRecipient + ", " + purpose + ", " + cause + "]";
        }
    }

    /** The register does not allow the hand-over: the reason is on the request's record. */
    public static class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }
    }

    private final DisclosureRequests requests;
    private final Recipients recipients;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcessorHandovers(DisclosureRequests requests, Recipients recipients, JdbcTemplate jdbc, Clock clock) {
        this.requests = requests;
        this.recipients = recipients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks that the hand-over is allowed; throws {@link Refused} (recorded) when it is not. Returns the request. */
    @Transactional(noRollbackFor = Refused.class)
    public String allow(Handover h) {
        Recipients.Recipient recipient = recipients.forProcess(h.catalogueRecipient());
        String reference = requests.register(new DisclosureRequests.Registration(recipient.id(), h.purpose(), null,
                false, false, null, h.personIds(), null, DisclosureRequests.Channel.PROCESS, "process:" + h.cause(),
                h.cause()));
        DisclosureRequests.Decision decision = requests.decide(reference);
        DisclosureRequests.Request request = requests.request(reference);
        if (decision.outcome() != DisclosureRequests.Outcome.DISCLOSE) {
            requests.refuse(reference, "Luovutustaulukko ei salli / The decision table does not allow it: "
                    + decision.outcome());
            throw new Refused("the disclosure register does not allow handing " + h.cause() + " to "
                    + recipient.name() + ": " + decision.outcome());
        }
        if (requests.restricted(h.personIds(), Profile.valueOf(request.profile()))) {
            requests.refuse(reference, "Käsittely on rajoitettu / Processing of the data is restricted (GDPR Art. 18)");
            throw new Refused("processing of the data is restricted (GDPR Art. 18)");
        }
        return reference;
    }

    /** Records the hand-over that was made: exactly the payload sent, to the API it went to. */
    @Transactional
    public long recorded(String reference, Handover h) {
        DisclosureRequests.Request request = requests.request(reference);
        Profile profile = Profile.valueOf(request.profile());
        Recipients.Recipient recipient = recipients.byId(request.recipientId()).orElseThrow();
        Instant now = clock.instant();
        jdbc.update("update tietovahti.disclosure_request set approved_by = ?, status = 'DELIVERED', closed_at = ? "
                + "where id = ?", h.approvedBy(), Timestamp.from(now), request.id());
        Long id = jdbc.queryForObject("""
                insert into tietovahti.disclosure (request_id, recipient_id, recipient_kind, recipient_name,
                    delivered_to, purpose, basis, national_section, categories, fields, decided_by, approved_by, cause,
                    disclosed_at, delivery, file_name, media_type, sha256, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'API', ?, ?, ?, ?) returning id""", Long.class,
                request.id(), recipient.id(), recipient.kind(), recipient.name(), h.deliveredTo(), request.purpose(),
                request.basis(), request.nationalSection(),
                String.join(",", new java.util.TreeSet<>(profile.categories())), String.join(",", profile.fields()),
                request.decidedBy(), h.approvedBy(), h.cause(), Timestamp.from(now), h.fileName(), h.mediaType(),
                DisclosureExtracts.sha256(h.payload()), h.payload());
        jdbc.batchUpdate("insert into tietovahti.disclosure_subject (disclosure_id, person_id) values (?, ?)",
                h.personIds().stream().map(p -> new Object[]{id, p}).toList());
        return id;
    }
}
