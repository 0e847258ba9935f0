package fi.tietovahti.rectification;

import fi.tietovahti.cases.CaseRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * The correction review's content: what the person asked, and the fields the registers can correct with their
 * current values beside it. Personal data: task-local "sensitive*" variables, never in the engine's history.
 */
@Component("offerCurrentValues")
class OfferCurrentValuesListener implements TaskListener {

    private final Rectifications rectifications;
    private final CaseRegistry cases;

    OfferCurrentValuesListener(Rectifications rectifications, CaseRegistry cases) {
        this.rectifications = rectifications;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> options = new ArrayList<>();
        for (Rectifications.Field f : rectifications.fields(caseNumber)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("category", f.category());
            row.put("field", f.field());
            row.put("current", f.current());
            rows.add(row);
            options.add(Map.of("label", f.category() + " / " + f.field() + ": " + f.current(), "value", f.key()));
        }
        String asked = cases.requestDetails(caseNumber);
        task.setVariableLocal("sensitiveRequestedCorrection", asked == null ? "(ei kirjattu / not recorded)" : asked);
        task.setVariableLocal("sensitiveCurrentValues", Spin.JSON(rows));
        task.setVariableLocal("sensitiveFieldOptions", Spin.JSON(options));
    }
}
