package fi.tietovahti.access;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.letters.AccessReportRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * The review task's content: every item of the snapshot that carries someone else's data, as a table and as the
 * checklist of what can be redacted. Task-local "sensitive*" variables: never in the engine's history.
 */
@Component("offerRedactionItems")
class OfferRedactionItemsListener implements TaskListener {

    static final String ITEMS = "sensitiveThirdPartyItems";
    static final String OPTIONS = "sensitiveRedactionOptions";

    private final AccessSnapshots snapshots;
    private final AccessReportRenderer labels;
    private final Map<String, String> registerNames = new java.util.HashMap<>();

    OfferRedactionItemsListener(AccessSnapshots snapshots, Catalogue catalogue, AccessReportRenderer labels) {
        this.snapshots = snapshots;
        this.labels = labels;
        // handlers read Finnish first; the catalogue's names are the ones residents see in their reports
        catalogue.registers().forEach(r -> registerNames.put(r.id(), r.name("fi") + " / " + r.name("en")));
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> options = new ArrayList<>();
        for (AccessSnapshots.ThirdPartyItem item : snapshots.thirdPartyItems(task.getExecution().getProcessBusinessKey())) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", item.id());
            row.put("register", registerNames.getOrDefault(item.register(), item.register()));
            // the report's own words, in Finnish: what the requester will read
            String record = labels.recordLabel(item.label(), "fi");
            String field = labels.fieldLabel(item.field(), "fi");
            row.put("record", record);
            row.put("field", field);
            row.put("value", item.value());
            rows.add(row);
            options.add(Map.of("label", record + " / " + field + ": " + item.value(), "value", item.id()));
        }
        task.setVariableLocal(ITEMS, Spin.JSON(rows));
        task.setVariableLocal(OPTIONS, Spin.JSON(options));
    }
}
