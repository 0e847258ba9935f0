package fi.tietovahti.access;

import fi.tietovahti.catalogue.Catalogue;
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
    private final Map<String, String> registerNames = new java.util.HashMap<>();

    OfferRedactionItemsListener(AccessSnapshots snapshots, Catalogue catalogue) {
        this.snapshots = snapshots;
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
            row.put("record", item.label());
            row.put("field", item.field());
            row.put("value", item.value());
            rows.add(row);
            options.add(Map.of("label", item.label() + " / " + item.field() + ": " + item.value(), "value", item.id()));
        }
        task.setVariableLocal(ITEMS, Spin.JSON(rows));
        task.setVariableLocal(OPTIONS, Spin.JSON(options));
    }
}
