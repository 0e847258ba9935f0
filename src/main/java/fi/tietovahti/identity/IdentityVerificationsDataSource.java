package fi.tietovahti.identity;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * How the subject's identity was verified in their requests: found by the identity codes the tenancy register
 * holds for them, and by the cases they made from their email addresses.
 */
@Component
class IdentityVerificationsDataSource extends RegisterSource {

    static final String CHECK = "identity-verification.check";

    private final IdentityVerificationRepository verifications;
    private final ResidentDirectory residents;
    private final CaseRegistry cases;

    IdentityVerificationsDataSource(IdentityVerificationRepository verifications, ResidentDirectory residents,
                                    CaseRegistry cases, ProcessingRestrictions restrictions) {
        super("identity-verification", Set.of(CHECK), restrictions);
        this.verifications = verifications;
        this.residents = residents;
        this.cases = cases;
    }

    private List<IdentityVerification> find(DataSubject subject) {
        Set<String> codes = subject.personIds().stream().map(residents::person).flatMap(java.util.Optional::stream)
                .map(p -> p.hetu().map(h -> h.value()).orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> caseIds = cases.byRequesterEmails(subject.emails()).stream().map(PrivacyCase::getId)
                .collect(Collectors.toSet());
        if (codes.isEmpty() && caseIds.isEmpty()) {
            return List.of();
        }
        // an empty IN list is not valid SQL: stand-ins that match nothing
        return verifications.findForSubject(codes.isEmpty() ? Set.of("-") : codes,
                caseIds.isEmpty() ? Set.of(-1L) : caseIds);
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        for (IdentityVerification v : find(subject)) {
            records.add(CHECK, "identity_verification:" + v.id, "Identity verification", v.requestedAt)
                    .field("caseNumber", cases.byId(v.caseId).getCaseNumber())
                    .field("method", v.method.name())
                    .field("outcome", v.outcome.name())
                    .field("requestedAt", v.requestedAt)
                    .field("verifiedAt", v.verifiedAt)
                    .field("name", v.verifiedName)
                    .field("personalIdentityCode", v.verifiedIdentityCode().orElse(null))
                    .field("documentType", v.documentType)
                    .thirdParty("checkedBy", v.checkedBy);
        }
    }

    /** The verification stays as a record that a check was made; the name and code taken from it go. */
    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(CHECK) != ErasureAction.KEEP) {
            List<Long> ids = find(subject).stream().map(IdentityVerification::getId).toList();
            if (!ids.isEmpty()) {
                report.add(CHECK, ErasureAction.ANONYMISE, verifications.anonymise(ids));
            }
        }
        return report.build();
    }
}
