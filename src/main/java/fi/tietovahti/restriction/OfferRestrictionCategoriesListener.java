package fi.tietovahti.restriction;

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
 * The restriction decision's content: the categories in which the person has records, with their counts, as a
 * table and as the checklist to restrict from. Task-local; category names only, no personal data.
 */
@Component("offerRestrictionCategories")
class OfferRestrictionCategoriesListener implements TaskListener {

    private final Restrictions restrictions;
    private final Catalogue catalogue;

    OfferRestrictionCategoriesListener(Restrictions restrictions, Catalogue catalogue) {
        this.restrictions = restrictions;
        this.catalogue = catalogue;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> options = new ArrayList<>();
        restrictions.categoriesWithData(task.getExecution().getProcessBusinessKey()).forEach((category, count) -> {
            String name = catalogue.category(category).map(c -> c.name("fi") + " / " + c.name("en")).orElse(category);
            String register = catalogue.registerOf(category).map(r -> r.name("fi")).orElse("");
            Map<String, String> row = new LinkedHashMap<>();
            row.put("register", register);
            row.put("category", name);
            row.put("records", String.valueOf(count));
            rows.add(row);
            options.add(Map.of("label", name + " (" + count + ")", "value", category));
        });
        task.setVariableLocal("restrictionRows", Spin.JSON(rows));
        task.setVariableLocal("restrictionCategoryOptions", Spin.JSON(options));
    }
}
