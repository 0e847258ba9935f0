package fi.tietovahti.registers.disturbance;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Disturbance files. A person appears in two ways: as a contract party of a tenancy complained about (the
 * complaints, with their complainants as third parties, and the remarks and warnings given), and as a complainant
 * (their own complaints, with the tenancy complained about left out).
 */
@Component
class DisturbanceDataSource extends RegisterSource {

    static final String COMPLAINT = "disturbance.complaint";
    static final String SANCTION = "disturbance.sanction";

    private final DisturbanceCaseRepository cases;
    private final DisturbanceComplaintRepository complaints;
    private final DisturbanceSanctionRepository sanctions;

    DisturbanceDataSource(DisturbanceCaseRepository cases, DisturbanceComplaintRepository complaints,
                          DisturbanceSanctionRepository sanctions, ProcessingRestrictions restrictions) {
        super("disturbance", Set.of(COMPLAINT, SANCTION), restrictions);
        this.cases = cases;
        this.complaints = complaints;
        this.sanctions = sanctions;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (!subject.contractTenancyIds().isEmpty()) {
            List<Long> caseIds = cases.findByTenancyIdInOrderByOpenedOn(subject.contractTenancyIds()).stream()
                    .map(c -> c.id).toList();
            if (!caseIds.isEmpty()) {
                for (DisturbanceComplaint c : complaints.findByCaseIdInOrderByReceivedOn(caseIds)) {
                    if (c.complainantPersonId != null && subject.personIds().contains(c.complainantPersonId)) {
                        continue; // a complaint about one's own household is listed below as one's own
                    }
                    records.add(COMPLAINT, "disturbance_complaint:" + c.id, "Complaint about your household",
                                    c.receivedOn)
                            .field("caseId", c.caseId)
                            .field("receivedOn", c.receivedOn)
                            .field("description", c.description)
                            .thirdParty("complainant", c.complainantPersonId != null
                                    ? "resident #" + c.complainantPersonId : c.complainantName)
                            .thirdParty("complainantContact", c.complainantContact);
                }
                for (DisturbanceSanction s : sanctions.findByCaseIdInOrderByIssuedOn(caseIds)) {
                    records.add(SANCTION, "disturbance_sanction:" + s.id,
                                    s.kind == DisturbanceSanction.Kind.WARNING ? "Written warning" : "Remark", s.issuedOn)
                            .field("caseId", s.caseId)
                            .field("kind", s.kind.name())
                            .field("issuedOn", s.issuedOn)
                            .field("ground", s.ground)
                            .field("delivery", s.delivery.name())
                            .field("deliveredOn", s.deliveredOn);
                }
            }
        }
        if (!subject.personIds().isEmpty()) {
            for (DisturbanceComplaint c : complaints.findByComplainantPersonIdInOrderByReceivedOn(subject.personIds())) {
                records.add(COMPLAINT, "disturbance_complaint:" + c.id, "Complaint you made", c.receivedOn)
                        .field("receivedOn", c.receivedOn)
                        .field("description", c.description)
                        .field("contact", c.complainantContact);
            }
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        Set<Long> tenancies = subject.contractTenancyIds();
        ErasureAction complaint = plan.actionFor(COMPLAINT);
        if (complaint != ErasureAction.KEEP) {
            int n = 0;
            if (!subject.personIds().isEmpty()) {
                n += complaints.anonymiseComplainant(subject.personIds());
            }
            if (complaint == ErasureAction.ERASE && !tenancies.isEmpty()) {
                n += complaints.deleteAbout(tenancies);
            }
            report.add(COMPLAINT, complaint, n);
        }
        if (plan.actionFor(SANCTION) != ErasureAction.KEEP && !tenancies.isEmpty()) {
            report.add(SANCTION, ErasureAction.ERASE, sanctions.deleteAbout(tenancies));
        }
        return report.build();
    }
}
