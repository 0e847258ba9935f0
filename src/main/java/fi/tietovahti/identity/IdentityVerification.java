package fi.tietovahti.identity;

import fi.tietovahti.hetu.PersonalIdentityCode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** How a case's requester proved who they are: by e-signature or at the service desk. */
@Entity
public class IdentityVerification {
    public enum Method { E_SIGNATURE, SERVICE_DESK }

    public enum Outcome { PENDING, VERIFIED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long caseId;
    @Enumerated(EnumType.STRING)
    Method method;
    @Enumerated(EnumType.STRING)
    Outcome outcome;
    Instant requestedAt;
    String providerRequestId;
    String signingUrl;
    Instant verifiedAt;
    String verifiedName;
    String verifiedHetu;
    String documentType;
    String checkedBy;

    protected IdentityVerification() {
    }

    static IdentityVerification signatureRequested(long caseId, Instant at, String providerRequestId, String signingUrl) {
        IdentityVerification v = new IdentityVerification();
        v.caseId = caseId;
        v.method = Method.E_SIGNATURE;
        v.outcome = Outcome.PENDING;
        v.requestedAt = at;
        v.providerRequestId = providerRequestId;
        v.signingUrl = signingUrl;
        return v;
    }

    static IdentityVerification checkedAtDesk(long caseId, Instant at, String name, PersonalIdentityCode hetu,
                                              String documentType, String checkedBy) {
        IdentityVerification v = new IdentityVerification();
        v.caseId = caseId;
        v.method = Method.SERVICE_DESK;
        v.requestedAt = at;
        v.documentType = documentType;
        v.checkedBy = checkedBy;
        v.verified(at, name, hetu);
        return v;
    }

    void verified(Instant at, String name, PersonalIdentityCode hetu) {
        this.outcome = Outcome.VERIFIED;
        this.verifiedAt = at;
        this.verifiedName = name;
        this.verifiedHetu = hetu.value();
    }

    public Long getId() {
        return id;
    }

    public Optional<PersonalIdentityCode> verifiedIdentityCode() {
        return Optional.ofNullable(verifiedHetu).map(PersonalIdentityCode::ofStored);
    }
}
