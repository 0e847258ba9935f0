package fi.tietovahti.disclosure;

import fi.tietovahti.hetu.InvalidPersonalIdentityCodeException;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.registers.tenancy.ResidentFacts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request for personal data from an authority or partner, from registration to a refusal or a hand-over: what the
 * decision table says, whether consent, a named statute or a restriction stands in the way, who approves, and the
 * checks again at delivery. Personal data stays in these tables; the process carries the reference and decisions.
 */
@Service
public class DisclosureRequests {

    /** What the request asks; whom it concerns: one identity code, person ids (a process), or a building. */
    public record Registration(String recipientId, String purpose, String legalReference, boolean asksExchangeData,
                               boolean asksIdentityCodes, String subjectCode, List<Long> subjectPersonIds,
                               String buildingAddress, Channel channel, String askedBy, String cause) {
        @Override
        public String toString() {
            return "Registration[recipient=" + recipientId + ", purpose=" + purpose + ", channel=" + channel + "]";
        }
    }

    public enum Channel { EMAIL, DESK, REST, PROCESS }

    /** The process's next step after the decision. */
    public enum Outcome { DISCLOSE, REFUSE, TO_DPO, CONSENT, RESTRICTED }

    /** Who must approve before delivery. */
    public enum Approval { NONE, HANDLER, FOUR_EYES }

    public record Decision(Outcome outcome, Approval approval) {
    }

    /** A request as the tables hold it (the identity code masked). */
    public record Request(long id, String reference, String recipientId, String recipientKind, String recipientName,
                          String purpose, String legalReference, String channel, String askedBy, String status,
                          String decision, String basis, String nationalSection, String profile, String reason,
                          String decidedBy, String approvedBy, String secondApprovedBy, String maskedSubjectCode,
                          String buildingAddress, String cause) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Recipients recipients;
    private final DecisionService decisions;
    private final ResidentDirectory directory;
    private final ResidentFacts facts;
    private final Consents consents;
    private final ProcessingRestrictions restrictions;

    DisclosureRequests(JdbcTemplate jdbc, Clock clock, Recipients recipients, DecisionService decisions,
                       ResidentDirectory directory, ResidentFacts facts, Consents consents,
                       ProcessingRestrictions restrictions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recipients = recipients;
        this.decisions = decisions;
        this.directory = directory;
        this.facts = facts;
        this.consents = consents;
        this.restrictions = restrictions;
    }

    /**
     * Records the request and returns its reference. What cannot be read at all is refused here with the reason (the
     * caller sees it); anything readable is recorded, however wrong, and the decision refuses it on the record.
     */
    @Transactional
    public String register(Registration r) {
        if (r.purpose() == null || !r.purpose().strip().matches("[A-Za-z_]{2,40}")) {
            throw new IllegalArgumentException("Tarkoitus puuttuu / The purpose is missing or not one of the purposes "
                    + "(e.g. HOUSING_ALLOWANCE, CRIME, RESIDENTS_MEETING)");
        }
        if (r.recipientId() == null || r.recipientId().isBlank()) {
            throw new IllegalArgumentException("Vastaanottaja puuttuu / The recipient is missing");
        }
        String code = null;
        if (r.subjectCode() != null && !r.subjectCode().isBlank()) {
            try {
                code = PersonalIdentityCode.parse(r.subjectCode(), clock).value();
            } catch (InvalidPersonalIdentityCodeException e) {
                throw new IllegalArgumentException("Henkilötunnus ei kelpaa / The identity code is not valid");
            }
        }
        boolean named = code != null || (r.subjectPersonIds() != null && !r.subjectPersonIds().isEmpty())
                || (r.buildingAddress() != null && !r.buildingAddress().isBlank());
        if (!named) {
            throw new IllegalArgumentException("Keitä pyyntö koskee? / Whom does the request concern: an identity code "
                    + "or, for a resident list, the building's street address");
        }
        Optional<Recipients.Recipient> recipient = recipients.byId(r.recipientId().strip());
        int year = Year.now(clock).getValue();
        Long next = jdbc.queryForObject("select nextval('tietovahti.disclosure_reference_seq')", Long.class);
        String reference = "LU-%d-%06d".formatted(year, next);
        Long id = jdbc.queryForObject("""
                insert into tietovahti.disclosure_request (reference, recipient_id, recipient_kind, recipient_name,
                    purpose, legal_reference, asks_exchange_data, asks_identity_codes, subject_code, building_address,
                    channel, asked_by, cause, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                reference, r.recipientId().strip(), recipient.map(Recipients.Recipient::kind).orElse("UNKNOWN"),
                recipient.map(Recipients.Recipient::name).orElse(r.recipientId().strip()),
                r.purpose().strip().toUpperCase(java.util.Locale.ROOT), blankToNull(r.legalReference()),
                r.asksExchangeData(), r.asksIdentityCodes(), code, blankToNull(r.buildingAddress()), r.channel().name(),
                r.askedBy(), blankToNull(r.cause()), Timestamp.from(clock.instant()));
        if (r.subjectPersonIds() != null) {
            addSubjects(id, r.subjectPersonIds());
        }
        return reference;
    }

    /**
     * Decides the request: the decision table, then what the table cannot see (a named statute, whom it concerns,
     * identity codes on a resident list, the resident's consent, a restriction). Records the outcome; a refusal
     * carries its reason.
     */
    @Transactional
    public Decision decide(String reference) {
        Request request = request(reference);
        Map<String, Object> row = jdbc.queryForMap("select * from tietovahti.disclosure_request where reference = ?",
                reference);
        DmnDecisionResultEntries table = decisions.evaluateDecisionByKey("disclosure-basis").variables(
                Variables.createVariables().putValue("recipientKind", request.recipientKind())
                        .putValue("purpose", request.purpose())
                        .putValue("exchangeData", Boolean.TRUE.equals(row.get("asks_exchange_data"))))
                .evaluate().getSingleResult();
        String decision = table.getEntry("decision");
        Profile profile = Profile.valueOf(table.getEntry("profile"));
        jdbc.update("""
                update tietovahti.disclosure_request set decision = ?, basis = ?, national_section = ?, profile = ?,
                    consent_required = ?, decided_by = 'disclosure-basis' where id = ?""", decision, table.getEntry("basis"),
                blankToNull(table.getEntry("nationalSection")), profile.name(), table.getEntry("consentRequired"),
                request.id());
        if ("UNKNOWN".equals(request.recipientKind())) {
            return refusal(request, "Tuntematon vastaanottaja / Unknown recipient: '" + request.recipientId()
                    + "' is not in the recipient directory");
        }
        if ("REFUSE".equals(decision)) {
            return refusal(request, table.getEntry("basis"));
        }
        if ("TO_DPO".equals(decision)) {
            return new Decision(Outcome.TO_DPO, Approval.NONE);
        }
        if (Boolean.TRUE.equals(table.getEntry("statuteRequired")) && request.legalReference() == null) {
            return refusal(request, "Pyynnöstä puuttuu lainkohta tai asianumero / The request names no statute "
                    + "section or case, which " + table.getEntry("nationalSection") + " requires");
        }
        if (profile == Profile.RESIDENT_LIST && Boolean.TRUE.equals(row.get("asks_identity_codes"))) {
            return refusal(request, "Asukasluetteloon ei anneta henkilötunnuksia / A resident list never carries "
                    + "identity codes: names and apartment numbers only");
        }
        List<Long> subjects = match(request, row, profile);
        if (subjects.isEmpty()) {
            return refusal(request, "Henkilöä ei löydy / Nobody the request names could be matched in the registers");
        }
        if (Boolean.TRUE.equals(table.getEntry("consentRequired"))) {
            boolean all = subjects.stream().allMatch(p -> consents.inForce(p, request.recipientKind(),
                    request.purpose()).isPresent());
            if (!all) {
                status(request.id(), "WAITING_CONSENT");
                return new Decision(Outcome.CONSENT, Approval.NONE);
            }
        }
        if (restricted(subjects, profile) && row.get("restriction_exception") == null) {
            return new Decision(Outcome.RESTRICTED, approval(request, profile, subjects));
        }
        status(request.id(), "WAITING_APPROVAL");
        return new Decision(Outcome.DISCLOSE, approval(request, profile, subjects));
    }

    /** The landlord's own statutory notice needs nobody's approval; lists and sensitive data need two people. */
    private static Approval approval(Request request, Profile profile, List<Long> subjects) {
        if ("PROCESS".equals(request.channel()) && profile == Profile.KELA_MOVE_OUT) {
            return Approval.NONE;
        }
        return profile.sensitive() || profile.list() || subjects.size() > 1 ? Approval.FOUR_EYES : Approval.HANDLER;
    }

    private List<Long> match(Request request, Map<String, Object> row, Profile profile) {
        List<Long> subjects = new ArrayList<>(subjects(request.id()));
        if (subjects.isEmpty()) {
            String code = (String) row.get("subject_code");
            String building = (String) row.get("building_address");
            if (code != null) {
                directory.byIdentityCode(PersonalIdentityCode.parse(code)).ifPresent(p -> subjects.add(p.getId()));
            } else if (building != null && profile.list()) {
                subjects.addAll(facts.adultResidentsOf(building, LocalDate.now(clock)));
            }
            addSubjects(request.id(), subjects);
        }
        return subjects;
    }

    /**
     * Is any subject's data in the profile's categories restricted (Art. 18)? One query per register for all the
     * subjects together: a list of a thousand people costs what one person costs.
     */
    boolean restricted(Collection<Long> subjects, Profile profile) {
        if (subjects.isEmpty()) {
            return false;
        }
        DataSubject all = directory.subjectOf(subjects);
        java.util.Map<String, java.util.Set<String>> byRegister = new java.util.HashMap<>();
        for (String category : profile.categories()) {
            byRegister.computeIfAbsent(category.substring(0, category.indexOf('.')), r -> new java.util.HashSet<>())
                    .add(category);
        }
        for (var e : byRegister.entrySet()) {
            java.util.Set<String> restricted = restrictions.restrictedCategories(e.getKey(), all);
            if (e.getValue().stream().anyMatch(restricted::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The people the request concerns, once matched. */
    public List<Long> subjects(long requestId) {
        return jdbc.queryForList("select person_id from tietovahti.disclosure_request_subject where request_id = ? "
                + "order by person_id", Long.class, requestId);
    }

    private Decision refusal(Request request, String reason) {
        refuse(request.reference(), reason);
        return new Decision(Outcome.REFUSE, Approval.NONE);
    }

    /** Refuses on the record, with the reason; a refused request stays refused. */
    @Transactional
    public void refuse(String reference, String reason) {
        jdbc.update("""
                update tietovahti.disclosure_request set status = 'REFUSED', reason = ?, closed_at = ?
                where reference = ? and status <> 'DELIVERED'""", reason, Timestamp.from(clock.instant()), reference);
    }

    /** The reason recorded for a refusal decided by a person (the approver, the DPO). */
    @Transactional
    public void refuseBy(String reference, String user, String reason) {
        refuse(reference, (reason == null || reason.isBlank() ? "Ei hyväksytty / Not approved" : reason.strip())
                + " (" + user + ")");
    }

    /**
     * The approver's name on the request. The person who asked never approves, and the second approver is another
     * person than the first.
     */
    @Transactional
    public void approve(String reference, String user, boolean second) {
        Request request = request(reference);
        if (user == null || user.equals(request.askedBy())) {
            throw new IllegalArgumentException("Pyytäjä ei voi hyväksyä omaa pyyntöään / The person who asked cannot "
                    + "approve the disclosure");
        }
        if (second && user.equals(request.approvedBy())) {
            throw new IllegalArgumentException("Toisen hyväksyjän on oltava eri henkilö / The second approval must "
                    + "come from another person than the first");
        }
        jdbc.update("update tietovahti.disclosure_request set " + (second ? "second_approved_by" : "approved_by")
                + " = ? where id = ?", user, request.id());
    }

    /** The DPO's decision on a request outside every row of the table: which profile, on which basis. */
    @Transactional
    public void decideAsDpo(String reference, String user, Profile profile, String basis) {
        if (profile == Profile.NONE || basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("Valitse luovutettavat tiedot ja kirjaa peruste / Choose the data "
                    + "and record the legal basis");
        }
        Request request = request(reference);
        if (user.equals(request.askedBy())) {
            throw new IllegalArgumentException("Pyytäjä ei voi hyväksyä omaa pyyntöään / The person who asked cannot "
                    + "approve the disclosure");
        }
        jdbc.update("""
                update tietovahti.disclosure_request set decision = 'DISCLOSE', profile = ?, basis = ?, decided_by = ?,
                    approved_by = ?, status = 'WAITING_APPROVAL' where id = ?""", profile.name(), basis.strip(), user,
                user, request.id());
        if (subjects(request.id()).isEmpty()) {
            Map<String, Object> row = jdbc.queryForMap("select * from tietovahti.disclosure_request where id = ?",
                    request.id());
            if (match(request, row, profile).isEmpty()) {
                throw new IllegalArgumentException("Henkilöä ei löydy / Nobody the request names could be matched");
            }
        }
    }

    /** The Art. 18(2) exception under which restricted data is disclosed, in the handler's words. */
    @Transactional
    public void recordRestrictionException(String reference, String ground) {
        if (ground == null || ground.isBlank()) {
            throw new IllegalArgumentException("Kirjaa poikkeuksen peruste / Record the Art. 18(2) exception");
        }
        jdbc.update("update tietovahti.disclosure_request set restriction_exception = ? where reference = ?",
                ground.strip(), reference);
    }

    /** The waiting requests of the person for this kind and purpose: a consent given lets them go on. */
    public List<String> waitingForConsent(long personId, String recipientKind, String purpose) {
        return jdbc.queryForList("""
                select r.reference from tietovahti.disclosure_request r
                join tietovahti.disclosure_request_subject s on s.request_id = r.id
                where s.person_id = ? and r.recipient_kind = ? and r.purpose = ? and r.status = 'WAITING_CONSENT'
                order by r.id""", String.class, personId, recipientKind, purpose);
    }

    public Request request(String reference) {
        return jdbc.query("select * from tietovahti.disclosure_request where reference = ?", (rs, i) -> new Request(
                rs.getLong("id"), rs.getString("reference"), rs.getString("recipient_id"),
                rs.getString("recipient_kind"), rs.getString("recipient_name"), rs.getString("purpose"),
                rs.getString("legal_reference"), rs.getString("channel"), rs.getString("asked_by"),
                rs.getString("status"), rs.getString("decision"), rs.getString("basis"),
                rs.getString("national_section"), rs.getString("profile"), rs.getString("reason"),
                rs.getString("decided_by"), rs.getString("approved_by"), rs.getString("second_approved_by"),
                rs.getString("subject_code") == null ? null : PersonalIdentityCode.mask(rs.getString("subject_code")),
                rs.getString("building_address"), rs.getString("cause")), reference).stream().findFirst()
                .orElseThrow(() -> new UnknownDisclosureRequestException(reference));
    }

    private void addSubjects(long requestId, Collection<Long> persons) {
        jdbc.batchUpdate("insert into tietovahti.disclosure_request_subject (request_id, person_id) values (?, ?) "
                + "on conflict do nothing", persons.stream().map(p -> new Object[]{requestId, p}).toList());
    }

    private void status(long id, String status) {
        jdbc.update("update tietovahti.disclosure_request set status = ? where id = ?", status, id);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
