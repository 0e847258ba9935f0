package fi.tietovahti.erasure;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.registers.ErasureAction;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * The plan review's content: each category in which the person has records, with the decision, the ground and
 * the hold's end, as a table; and what can be changed (erase instead of keep or anonymise, keep instead of erase),
 * as checklists. On the DPO's approval task the same table shows the handler's changes only. Task-local variables:
 * category names and legal grounds, no personal data.
 */
@Component("offerErasurePlan")
class OfferErasurePlanListener implements TaskListener {

    static final String ROWS = "planRows";
    static final String ERASE_OPTIONS = "eraseInsteadOptions";
    static final String KEEP_OPTIONS = "keepInsteadOptions";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final ErasureRequests requests;
    private final Catalogue catalogue;

    OfferErasurePlanListener(ErasureRequests requests, Catalogue catalogue) {
        this.requests = requests;
        this.catalogue = catalogue;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean changesOnly = fi.tietovahti.processes.ErasureRequestProcess.Element.APPROVE_ERASURE_PLAN.equals(task.getTaskDefinitionKey());
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> erase = new ArrayList<>();
        List<Map<String, String>> keep = new ArrayList<>();
        for (ErasureRequests.Decision d : requests.decisions(task.getExecution().getProcessBusinessKey())) {
            if (d.recordsHeld() == 0 || (changesOnly && !d.changed())) {
                continue;
            }
            String name = catalogue.category(d.category()).map(c -> c.name("fi") + " / " + c.name("en"))
                    .orElse(d.category());
            Map<String, String> row = new LinkedHashMap<>();
            row.put("category", name);
            row.put("records", String.valueOf(d.recordsHeld()));
            row.put("planned", d.plannedAction().name());
            row.put("decision", d.action().name());
            row.put("ground", d.ground());
            row.put("until", until(d));
            rows.add(row);
            if (d.plannedAction() != ErasureAction.ERASE) {
                erase.add(Map.of("label", name + " (" + d.plannedAction() + ")", "value", d.category()));
            } else {
                keep.add(Map.of("label", name, "value", d.category()));
            }
        }
        task.setVariableLocal(ROWS, Spin.JSON(rows));
        if (changesOnly) {
            // the DPO weighs the handler's reason (it may name people: task-local, never in history)
            task.setVariableLocal("sensitiveChangeReason", requests.changeReason(
                    task.getExecution().getProcessBusinessKey()));
        } else {
            task.setVariableLocal(ERASE_OPTIONS, Spin.JSON(erase));
            task.setVariableLocal(KEEP_OPTIONS, Spin.JSON(keep));
        }
    }

    /** What holds a kept category, for the handler: a date, or what it waits for. */
    private static String until(ErasureRequests.Decision d) {
        if (d.action() != ErasureAction.KEEP) {
            return "";
        }
        if (d.holdEndsOn() != null) {
            return DAY.format(d.holdEndsOn());
        }
        return switch (d.holdKind() == null ? "" : d.holdKind()) {
            case "TENANCY" -> "vuokrasuhteen ajan / while the tenancy runs";
            case "CLAIM" -> "saatavan ajan / while the claim is open";
            case "ACCESS" -> "kunnes tarkastuspyyntöön on vastattu / until the access request is answered";
            default -> "käsittelijä päättää / a handler decides";
        };
    }
}
