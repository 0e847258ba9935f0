package fi.tietovahti.registers;

import java.util.Map;

/** Per catalogue category, what may be done. A category the plan does not name is kept. */
public record ErasurePlan(Map<String, ErasureAction> actions) {

    public ErasurePlan {
        actions = Map.copyOf(actions);
    }

    public ErasureAction actionFor(String category) {
        return actions.getOrDefault(category, ErasureAction.KEEP);
    }
}
