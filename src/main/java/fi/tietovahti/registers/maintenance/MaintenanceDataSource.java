package fi.tietovahti.registers.maintenance;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Fault reports the subject made and work done during the subject's tenancies. */
@Component
class MaintenanceDataSource extends RegisterSource {

    static final String FAULT_REPORT = "maintenance.fault-report";
    static final String WORK = "maintenance.work";

    private final FaultReportRepository reports;
    private final MaintenanceWorkRepository works;

    MaintenanceDataSource(FaultReportRepository reports, MaintenanceWorkRepository works,
                          ProcessingRestrictions restrictions) {
        super("maintenance", Set.of(FAULT_REPORT, WORK), restrictions);
        this.reports = reports;
        this.works = works;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (!subject.personIds().isEmpty()) {
            for (FaultReport f : reports.findByReporterPersonIdInOrderByReportedAt(subject.personIds())) {
                records.add(FAULT_REPORT, "fault_report:" + f.id, "Fault report", f.reportedAt)
                        .field("apartmentId", f.apartmentId)
                        .field("reportedAt", f.reportedAt)
                        .field("description", f.description)
                        .field("permissionToEnter", f.permissionToEnter)
                        .field("status", f.status.name());
            }
        }
        if (!subject.contractTenancyIds().isEmpty()) {
            for (MaintenanceWork w : works.findByTenancyIdInOrderByPerformedOn(subject.contractTenancyIds())) {
                records.add(WORK, "maintenance_work:" + w.id, "Maintenance work", w.performedOn)
                        .field("performedOn", w.performedOn)
                        .field("workType", w.workType)
                        .field("contractor", w.contractor)
                        .field("description", w.description);
            }
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        // Both categories are part of the apartment's history: erasing removes the person, not the history.
        if (plan.actionFor(FAULT_REPORT) != ErasureAction.KEEP && !subject.personIds().isEmpty()) {
            report.add(FAULT_REPORT, ErasureAction.ANONYMISE, reports.anonymise(subject.personIds()));
        }
        if (plan.actionFor(WORK) != ErasureAction.KEEP && !subject.contractTenancyIds().isEmpty()) {
            report.add(WORK, ErasureAction.ANONYMISE, works.detachFromTenancies(subject.contractTenancyIds()));
        }
        return report.build();
    }
}
