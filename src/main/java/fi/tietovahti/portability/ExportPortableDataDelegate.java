package fi.tietovahti.portability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task ExportPortableData: the portable subset as JSON and CSV, stored with the case. */
@Component("exportPortableData")
class ExportPortableDataDelegate implements JavaDelegate {

    private final PortabilityExports exports;

    ExportPortableDataDelegate(PortabilityExports exports) {
        this.exports = exports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PortabilityExports.Exported exported = exports.export(execution.getProcessBusinessKey());
        execution.setVariable("recordCount", exported.records());
        execution.setVariable("excludedCategoryCount", exported.excludedCategories());
    }
}
