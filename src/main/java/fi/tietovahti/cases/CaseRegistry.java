package fi.tietovahti.cases;

import java.util.Map;

import jakarta.validation.Valid;
import fi.tietovahti.deadline.LegalDeadlines;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opens cases, numbered TV-&lt;year of receipt&gt;-&lt;6 digits&gt; ({@link CaseNumbers}), and records what happens
 * to them.
 */
@Service
@Validated
public class CaseRegistry {

    private final PrivacyCaseRepository cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LegalDeadlines deadlines;
    private final CaseNumbers numbers;

    CaseRegistry(PrivacyCaseRepository cases, JdbcTemplate jdbc, Clock clock, LegalDeadlines deadlines,
                 CaseNumbers numbers) {
        this.numbers = numbers;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** Opens the case with its legal deadline and the landlord's 30-day target, both counted from receipt. */
    @Transactional
    public PrivacyCase open(@Valid NewCase request) {
        if (request.receivedAt().isAfter(clock.instant().plusSeconds(300))) {
            throw new IllegalArgumentException("a request cannot be received in the future");
        }
        String number = numbers.next(request.receivedAt().atZone(clock.getZone()).getYear());
        PrivacyCase kase = new PrivacyCase(number, request.type(), request.receivedAt(), request.language(),
                request.channel(), request.requesterName().strip(), blankToNull(request.requesterEmail()),
                blankToNull(request.requesterPhone()), request.onBehalfOfMinor(), clock.instant());
        LocalDate receivedOn = LegalDeadlines.receiptDate(request.receivedAt());
        kase.legalDeadline = deadlines.responseDeadline(receivedOn).date();
        kase.internalTarget = deadlines.internalTarget(receivedOn);
        return cases.save(kase);
    }

    public PrivacyCase byNumber(String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new UnknownCaseException(caseNumber));
    }

    public java.util.List<PrivacyCase> byRequesterEmails(java.util.Set<String> emails) {
        return emails.isEmpty() ? java.util.List.of() : cases.findByRequesterEmails(emails);
    }

    /** A case answered by delivery: its id, number and when it was delivered. */
    public record Delivered(long id, String caseNumber, Instant deliveredAt) {
    }

    /** The delivered cases of this type about these persons, oldest delivery first. */
    public java.util.List<Delivered> deliveredCases(java.util.Collection<Long> personIds, PrivacyCase.Type type) {
        if (personIds.isEmpty()) {
            return java.util.List.of();
        }
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query("""
                select id, case_number, delivered_at from tietovahti.privacy_case
                where subject_person_id in (:persons) and delivered_at is not null and case_type = :type
                order by delivered_at""", new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(
                "persons", personIds).addValue("type", type.name()), (rs, n) -> new Delivered(rs.getLong("id"),
                rs.getString("case_number"), rs.getTimestamp("delivered_at").toInstant()));
    }

    /** Every case about this person (of any type, open or closed). */
    public java.util.List<Long> caseIdsAbout(Long personId) {
        return personId == null ? java.util.List.of() : jdbc.queryForList(
                "select id from tietovahti.privacy_case where subject_person_id = ?", Long.class, personId);
    }

    public boolean exists(String caseNumber) {
        return jdbc.queryForObject("select count(*) from tietovahti.privacy_case where case_number = ?",
                Integer.class, caseNumber) > 0;
    }

    public PrivacyCase byId(long id) {
        return cases.findById(id).orElseThrow(() -> new UnknownCaseException("#" + id));
    }

    /** Whose data the case is about: a person of the tenancy register, and how they were found. */
    @Transactional
    public void recordSubject(String caseNumber, long personId, String how) {
        PrivacyCase kase = byNumber(caseNumber);
        kase.subjectPersonId = personId;
        kase.subjectMatchedHow = how;
    }

    /** How the handler established (or could not establish) a guardian's right to act for a minor. */
    @Transactional
    public void recordGuardianshipNote(String caseNumber, String note) {
        byNumber(caseNumber).guardianshipNote = note == null ? null : note.strip();
    }

    /** What the requester wrote with the request (the correction asked, what they object to): case data only. */
    @Transactional
    public void recordRequestDetails(String caseNumber, String details) {
        // shown to handlers in several tasks: a code written into the text is kept masked, as screens show codes
        String text = details == null || details.isBlank() ? null
                : fi.tietovahti.hetu.PersonalIdentityCode.maskAllIn(details.strip());
        jdbc.update("update tietovahti.privacy_case set request_details = ? where case_number = ?",
                text == null || text.length() <= 4000 ? text : text.substring(0, 4000), caseNumber);
    }

    /**
     * What the request form stated about the requester (identity code as the registers store it, birth date) and the
     * address the message came from when the form names another one. A hint for the handler's matching, never
     * proof: anyone can type a code into a form.
     */
    @Transactional
    public void recordFormStatement(String caseNumber, String identityCode, java.time.LocalDate birthDate,
                                    String senderAddress) {
        jdbc.update("""
                update tietovahti.privacy_case set stated_identity_code = ?, stated_birth_date = ?, sender_address = ?
                where case_number = ?""", identityCode, birthDate, senderAddress, caseNumber);
    }

    /** What the form stated (see {@link #recordFormStatement}), or an empty statement. */
    public FormStatement formStatement(String caseNumber) {
        return jdbc.query("""
                select stated_identity_code, stated_birth_date, sender_address, requester_email
                from tietovahti.privacy_case where case_number = ?""", rs -> rs.next()
                ? new FormStatement(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
                rs.getString(4)) : new FormStatement(null, null, null, null), caseNumber);
    }

    /** The identity code is the stored value: show {@link #identityCodeMasked()} to people. */
    public record FormStatement(String identityCode, java.time.LocalDate birthDate, String senderAddress,
                                String answerAddress) {

        public String identityCodeMasked() {
            return identityCode == null ? null : fi.tietovahti.hetu.PersonalIdentityCode.mask(identityCode);
        }

        @Override
        public String toString() {
            return "FormStatement[identityCode=" + (identityCode == null ? "none" : "given") + "]";
        }
    }

    /** How the intake (or a handler's triage) decided that this message was this request: for the audit. */
    @Transactional
    public void recordDecidedBy(String caseNumber, String decidedBy) {
        jdbc.update("update tietovahti.privacy_case set decided_by = ? where case_number = ?",
                decidedBy == null || decidedBy.length() <= 2000 ? decidedBy : decidedBy.substring(0, 2000), caseNumber);
    }

    /** A letter of the case bounced: the handler must find another way to reach the requester. */
    @Transactional
    public void markLetterDeliveryFailed(String caseNumber) {
        jdbc.update("update tietovahti.privacy_case set letter_delivery_failed = true where case_number = ?",
                caseNumber);
    }

    /** Whether the requester wants a letter when what an erasure kept is erased later. */
    @Transactional
    public void recordNotifyWhenHoldEnds(long caseId, boolean notify) {
        jdbc.update("update tietovahti.privacy_case set notify_when_hold_ends = ? where id = ?", notify, caseId);
    }

    public boolean notifyWhenHoldEnds(long caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select notify_when_hold_ends from tietovahti.privacy_case where id = ?", Boolean.class, caseId));
    }

    /** What an erasure plan asks of these persons' cases (ErasurePlanner: access answers are kept while pending). */
    public record SubjectCases(boolean accessRequestPending, java.time.LocalDate lastClosed) {
    }

    /**
     * Whether an access request about these persons is still being answered, and the Helsinki day the last of their
     * cases closed (null while any is open, or when they have none).
     */
    public SubjectCases subjectCases(java.util.Collection<Long> personIds) {
        Map<String, Object> row = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
                .queryForMap("""
                select exists (select 1 from tietovahti.privacy_case c where c.case_type = 'ACCESS'
                               and c.subject_person_id in (:persons) and c.closed_at is null) as access_pending,
                       (select case when bool_and(c.closed_at is not null)
                                    then (max(c.closed_at) at time zone 'Europe/Helsinki')::date end
                        from tietovahti.privacy_case c where c.subject_person_id in (:persons)) as last_closed""",
                        Map.of("persons", personIds.isEmpty() ? java.util.List.of(-1L) : personIds));
        return new SubjectCases(Boolean.TRUE.equals(row.get("access_pending")), row.get("last_closed") == null ? null
                : ((java.sql.Date) row.get("last_closed")).toLocalDate());
    }

    /** An open case as the DPO's deadline view lists it: no personal data. */
    public record OpenCase(String caseNumber, PrivacyCase.Type caseType, Instant receivedAt, LocalDate legalDeadline,
                           LocalDate internalTarget, Integer extensionMonths, int identityPausedDays) {
    }

    /** Every open case, the nearest legal deadline first (privacy_case_open_deadline_idx). */
    public java.util.List<OpenCase> openCasesByDeadline() {
        return jdbc.query("""
                select case_number, case_type, received_at, legal_deadline, internal_target, extension_months,
                       identity_paused_days
                from tietovahti.privacy_case where closed_at is null
                order by legal_deadline nulls last, case_number""", (rs, i) -> new OpenCase(rs.getString(1),
                PrivacyCase.Type.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                (Integer) rs.getObject(6), rs.getInt(7)));
    }

    /** The closed cases of this type about these persons (an access request's answers, for erasing them). */
    public java.util.List<Long> closedCaseIds(java.util.Collection<Long> personIds, PrivacyCase.Type type) {
        if (personIds.isEmpty()) {
            return java.util.List.of();
        }
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).queryForList("""
                select id from tietovahti.privacy_case where subject_person_id in (:persons)
                  and closed_at is not null and case_type = :type""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("persons", personIds)
                        .addValue("type", type.name()), Long.class);
    }

    public String requestDetails(String caseNumber) {
        return jdbc.queryForObject("select request_details from tietovahti.privacy_case where case_number = ?",
                String.class, caseNumber);
    }

    @Transactional
    public void markAcknowledged(String caseNumber, Instant at) {
        byNumber(caseNumber).acknowledgedAt = at;
    }

    /** Whether the answer went out without a handler's review (nothing of anyone else's in it, switch on). */
    @Transactional
    public void markStraightThrough(String caseNumber, boolean straightThrough) {
        byNumber(caseNumber).straightThrough = straightThrough;
    }

    @Transactional
    public void markDelivered(String caseNumber, Instant at) {
        byNumber(caseNumber).deliveredAt = at;
    }

    /**
     * The request has been carried out (data erased, corrected or restricted, an objection decided): a withdrawal
     * read after this is refused. Set once; a second call (a retried job) keeps the first moment.
     */
    @Transactional
    public void markCarriedOut(String caseNumber, Instant at) {
        jdbc.update("update tietovahti.privacy_case set carried_out_at = ? where case_number = ? and carried_out_at is null",
                java.sql.Timestamp.from(at), caseNumber);
    }

    public boolean carriedOut(String caseNumber) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select carried_out_at is not null from tietovahti.privacy_case where case_number = ?", Boolean.class,
                caseNumber));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
