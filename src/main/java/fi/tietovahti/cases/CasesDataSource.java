package fi.tietovahti.cases;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The case files are personal data too: a resident's earlier requests appear in their access report. Found by the
 * subject's email addresses; the identity-verification register links cases to verified identities.
 */
@Component
class CasesDataSource extends RegisterSource {

    static final String REQUEST = "privacy-cases.request";

    private final PrivacyCaseRepository cases;

    CasesDataSource(PrivacyCaseRepository cases, ProcessingRestrictions restrictions) {
        super("privacy-cases", Set.of(REQUEST), restrictions);
        this.cases = cases;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.emails().isEmpty()) {
            return;
        }
        for (PrivacyCase c : cases.findByRequesterEmails(subject.emails())) {
            records.add(REQUEST, "privacy_case:" + c.id, "Request", c.receivedAt)
                    .field("caseNumber", c.caseNumber)
                    .field("type", c.caseType.name())
                    .field("receivedAt", c.receivedAt)
                    .field("channel", c.channel.name())
                    .field("name", c.requesterName)
                    .field("email", c.requesterEmail)
                    .field("phone", c.requesterPhone)
                    .field("extensionMonths", c.extensionMonths)
                    .field("extensionGround", c.extensionGround == null ? null : c.extensionGround.name())
                    // the DPO's words about the case; they may mention someone else, so the review offers them
                    .thirdParty("extensionReason", c.extensionReason);
        }
    }

    /** The case itself stays (accountability, GDPR 5(2)); erasing removes the requester's name and contacts. */
    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(REQUEST) != ErasureAction.KEEP && !subject.emails().isEmpty()) {
            report.add(REQUEST, ErasureAction.ANONYMISE, cases.anonymiseRequester(subject.emails()));
        }
        return report.build();
    }
}
