package fi.tietovahti.access;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task RenderReport: the report (DOCX, PDF) and the portable JSON, from the snapshot and the redactions. */
@Component("renderReport")
class RenderReportDelegate implements JavaDelegate {

    private final AccessReports reports;

    RenderReportDelegate(AccessReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("documentCount", reports.render(execution.getProcessBusinessKey()).size());
    }
}
