package fi.tietovahti.request;

import fi.tietovahti.cases.CaseDeadlines;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.NewCase;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.identity.IdentityVerificationService;
import fi.tietovahti.identity.IdentityVerificationService.VerifiedIdentity;
import fi.tietovahti.registers.tenancy.Person;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.subject.SubjectMatch;
import fi.tietovahti.subject.SubjectMatcher;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an access request before its data is collected: registering it from any door, and finding whose
 * data it asks for once the requester's identity is verified.
 */
@Service
public class PrivacyRequests {

    private static final Logger log = LoggerFactory.getLogger(PrivacyRequests.class);

    /** What a door knows about a request. */
    public record Registration(PrivacyCase.Type type, Instant receivedAt, String language, PrivacyCase.Channel channel,
                               String requesterName, String requesterEmail, String requesterPhone,
                               boolean onBehalfOfMinor) {

        /** An access request. */
        public Registration(Instant receivedAt, String language, PrivacyCase.Channel channel, String requesterName,
                            String requesterEmail, String requesterPhone, boolean onBehalfOfMinor) {
            this(PrivacyCase.Type.ACCESS, receivedAt, language, channel, requesterName, requesterEmail,
                    requesterPhone, onBehalfOfMinor);
        }

        /** Without the requester's name and contacts: a record that reaches a log line by accident names nobody. */
        @Override
        public String toString() {
            return "Registration[type=" + type + ", channel=" + channel + ", language=" + language + "]";
        }
    }

    /** Who the request is about, as far as the registers tell. */
    /**
     * Process variable {@code matchOutcome}: whose data the case is about. REFUSED: a guardian's request the handler
     * refused (the guardianship was not established).
     */
    public enum MatchOutcome {
        MATCHED, AMBIGUOUS, NO_DATA, GUARDIAN, REFUSED;

        /** The process variable that holds it. */
        public static final String VARIABLE = "matchOutcome";

        public static MatchOutcome of(Object value) {
            return value == null ? null : valueOf(value.toString());
        }
    }

    /**
     * A person a handler may choose (name and birth date only: never the identity code). {@code formHint}: what the
     * emailed request form stated agrees with this person (same identity code, or same birth date), or null; a hint,
     * never proof of identity.
     */
    public record Candidate(long personId, String name, java.time.LocalDate birthDate, FormHint formHint) {

        Candidate(long personId, String name, java.time.LocalDate birthDate) {
            this(personId, name, birthDate, null);
        }
    }

    public record MatchResult(MatchOutcome outcome, Long personId, List<Candidate> candidates) {
    }

    /** The handler's choice was not one of the offered people. */
    public static class InvalidChoice extends RuntimeException implements fi.tietovahti.platform.Refusal {
        InvalidChoice(String message) {
            super(message);
        }
    }

    private final CaseRegistry cases;
    private final CaseDeadlines deadlines;
    private final IdentityVerificationService identities;
    private final SubjectMatcher matcher;
    private final ResidentDirectory residents;

    PrivacyRequests(CaseRegistry cases, CaseDeadlines deadlines, IdentityVerificationService identities,
                   SubjectMatcher matcher, ResidentDirectory residents) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.identities = identities;
        this.matcher = matcher;
        this.residents = residents;
    }

    /** Opens the case; its number becomes the business key. Invalid input throws with the reason. */
    @Transactional
    public PrivacyCase register(Registration r) {
        if (r.requesterEmail() == null || r.requesterEmail().isBlank()) {
            throw new IllegalArgumentException("A request needs the requester's email address: the answer is "
                    + "delivered through a secure link sent by email");
        }
        PrivacyCase.Type type = r.type() == null ? PrivacyCase.Type.ACCESS : r.type();
        PrivacyCase kase = cases.open(new NewCase(type, r.receivedAt(), r.language(), r.channel(),
                r.requesterName(), r.requesterEmail(), r.requesterPhone(), r.onBehalfOfMinor()));
        log.info("{} request {} registered from {}", kase.getCaseType(), kase.getCaseNumber(), r.channel());
        return kase;
    }

    /**
     * Applies the identity pause (when configured) and matches the verified requester to the registers. A guardian's
     * request is never matched automatically: the candidates are the minors of the guardian's household.
     */
    @Transactional
    public MatchResult match(String caseNumber, long verificationId) {
        VerifiedIdentity identity = identities.verifiedIdentity(verificationId);
        PrivacyCase kase = deadlines.applyIdentityPause(caseNumber, identity.requestedAt(), identity.verifiedAt());
        SubjectMatch match = matcher.match(identity.code(), identity.name());
        if (kase.isOnBehalfOfMinor()) {
            return new MatchResult(MatchOutcome.GUARDIAN, null, candidates(kase, match));
        }
        if (match instanceof SubjectMatch.Matched m) {
            cases.recordSubject(caseNumber, m.personId(), m.how());
            return new MatchResult(MatchOutcome.MATCHED, m.personId(), List.of());
        }
        if (match instanceof SubjectMatch.Ambiguous) {
            return new MatchResult(MatchOutcome.AMBIGUOUS, null, candidates(kase, match));
        }
        return new MatchResult(MatchOutcome.NO_DATA, null, List.of());
    }

    /** The people a handler chooses from: the same answer {@link #match} gave, computed again. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(String caseNumber, long verificationId) {
        VerifiedIdentity identity = identities.verifiedIdentity(verificationId);
        CaseRegistry.FormStatement stated = cases.formStatement(caseNumber);
        return candidates(cases.byNumber(caseNumber), matcher.match(identity.code(), identity.name())).stream()
                .map(c -> new Candidate(c.personId(), c.name(), c.birthDate(), formHint(stated, c))).toList();
    }

    /** What of the request form's statements agrees with a candidate (the strongest). */
    public enum FormHint { SAME_IDENTITY_CODE, SAME_BIRTH_DATE }

    /** Does what the form stated agree with the candidate? Compared with the register's own values. */
    private FormHint formHint(CaseRegistry.FormStatement stated, Candidate c) {
        if (stated.identityCode() != null) {
            boolean same = residents.person(c.personId()).flatMap(Person::hetu)
                    .map(code -> code.value().equals(stated.identityCode())).orElse(false);
            if (same) {
                return FormHint.SAME_IDENTITY_CODE;
            }
        }
        return stated.birthDate() != null && stated.birthDate().equals(c.birthDate())
                ? FormHint.SAME_BIRTH_DATE : null;
    }

    /** A guardian chooses among the minors of their own household; otherwise the people who fit equally well. */
    private List<Candidate> candidates(PrivacyCase kase, SubjectMatch match) {
        if (kase.isOnBehalfOfMinor()) {
            return match instanceof SubjectMatch.Matched m
                    ? residents.minorsInHouseholdOf(m.personId()).stream().map(PrivacyRequests::candidate).toList()
                    : List.of();
        }
        return match instanceof SubjectMatch.Ambiguous a ? a.candidates().stream()
                .map(c -> new Candidate(c.personId(), c.name(), c.birthDate())).toList() : List.of();
    }

    /** Records the person the handler chose; only one of the offered candidates is accepted. */
    @Transactional
    public void choose(String caseNumber, long verificationId, long personId, String chosenBy) {
        if (candidates(caseNumber, verificationId).stream().noneMatch(c -> c.personId() == personId)) {
            throw new InvalidChoice("Person " + personId + " was not among the candidates of " + caseNumber);
        }
        cases.recordSubject(caseNumber, personId, "chosen by " + chosenBy);
    }

    public void recordGuardianshipNote(String caseNumber, String note) {
        cases.recordGuardianshipNote(caseNumber, note);
    }

    private static Candidate candidate(Person p) {
        return new Candidate(p.getId(), p.fullName(), p.getBirthDate());
    }
}
