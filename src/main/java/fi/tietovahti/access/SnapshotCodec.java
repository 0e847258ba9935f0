package fi.tietovahti.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record's fields as the snapshot keeps them: an ordered JSON array of [name, type, value], so that the report
 * rendered from the snapshot formats every value as it would have from the register (a day as a day, money as
 * money). jsonb keeps array order but not object key order.
 */
final class SnapshotCodec {

    private SnapshotCodec() {
    }

    static String encode(ObjectMapper json, Map<String, Object> fields) {
        ArrayNode array = json.createArrayNode();
        fields.forEach((name, value) -> {
            ArrayNode field = array.addArray().add(name);
            if (value == null) {
                field.add("null").addNull();
            } else if (value instanceof LocalDate d) {
                field.add("date").add(d.toString());
            } else if (value instanceof Instant i) {
                field.add("instant").add(i.toString());
            } else if (value instanceof BigDecimal n) {
                field.add("decimal").add(n.toPlainString());
            } else if (value instanceof Boolean b) {
                field.add("bool").add(b);
            } else if (value instanceof Integer n) {
                field.add("int").add(n);
            } else if (value instanceof Long n) {
                field.add("long").add(n);
            } else if (value instanceof Enum<?> e) {
                field.add("string").add(e.name());
            } else {
                field.add("string").add(value.toString());
            }
        });
        return array.toString();
    }

    static Map<String, Object> decode(ObjectMapper json, String encoded) {
        Map<String, Object> fields = new LinkedHashMap<>();
        try {
            for (JsonNode field : json.readTree(encoded)) {
                String name = field.get(0).asText();
                JsonNode v = field.get(2);
                Object value = switch (field.get(1).asText()) {
                    case "null" -> null;
                    case "date" -> LocalDate.parse(v.asText());
                    case "instant" -> Instant.parse(v.asText());
                    case "decimal" -> new BigDecimal(v.asText());
                    case "bool" -> v.asBoolean();
                    case "int" -> v.asInt();
                    case "long" -> v.asLong();
                    default -> v.asText();
                };
                fields.put(name, value);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a snapshot record is not readable", e);
        }
        return fields;
    }
}
