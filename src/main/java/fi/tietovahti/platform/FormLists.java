package fi.tietovahti.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A list a form submitted: Tasklist sends a checklist as a Json variable, the REST API and tests may send a Java
 * list or a JSON string. Anything else is refused rather than guessed.
 */
public final class FormLists {

    private FormLists() {
    }

    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> items.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (value instanceof Collection<?> list) {
            list.forEach(e -> items.add(String.valueOf(e)));
        } else if (value instanceof String text && text.strip().startsWith("[")) {
            return strings(org.camunda.spin.Spin.JSON(text));
        } else {
            throw new IllegalArgumentException("expected a list of items, got " + value.getClass().getSimpleName());
        }
        return items;
    }
}
