package fi.tietovahti.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.tietovahti.registers.PersonalDataRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The machine-readable export of the portable subset (Art. 20), format {@value #FORMAT}:
 * <pre>
 * { "format": "tietovahti-portable/2", "language": "fi", "caseNumber": "TV-2026-000123", "controller": "...",
 *   "generatedAt": "2026-11-27T10:00:00Z",
 *   "records": [ { "register": "bookings", "registerName": "Varaukset", "category": "bookings.reservation",
 *                  "categoryName": "Yhteistilojen varaukset", "labelKey": "Booking", "label": "Varaus",
 *                  "occurredAt": "...", "fields": { "resource": "SAUNA", ... },
 *                  "fieldLabels": { "resource": "Varattu kohde", ... } } ] }
 * </pre>
 * The keys ({@code register}, {@code category}, {@code labelKey}, the field names) are stable identifiers for
 * programs; the names and labels are for people, in the request's language (version 1 had English labels only).
 * Dates are ISO-8601, amounts decimal numbers, identity codes masked. Which categories are portable is the
 * catalogue's decision; the caller passes only those records. A portability request's export also lists, under
 * {@code "excluded"}, the categories left out and why (processed under law, not on consent or contract).
 *
 * <p>The same records as CSV ({@link #csv}): RFC 4180, UTF-8 with a byte-order mark (so that Excel reads ä and ö),
 * one row per field: {@code register,category,record,label,occurredAt,field,value}.
 */
@Component
public class PortableExport {

    public static final String FORMAT = "tietovahti-portable/2";

    private final ObjectMapper json;
    private final AccessReportRenderer labels;
    private final fi.tietovahti.catalogue.Catalogue catalogue;

    PortableExport(ObjectMapper json, AccessReportRenderer labels, fi.tietovahti.catalogue.Catalogue catalogue) {
        this.labels = labels;
        this.catalogue = catalogue;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public byte[] json(String caseNumber, String language, String controller, Instant generatedAt,
                       List<PersonalDataRecord> records) {
        return json(caseNumber, language, controller, generatedAt, records, null);
    }

    /** With {@code excluded}: category id → why it is not in the export. */
    public byte[] json(String caseNumber, String language, String controller, Instant generatedAt,
                       List<PersonalDataRecord> records, Map<String, String> excluded) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("language", language);
        document.put("caseNumber", caseNumber);
        document.put("controller", controller);
        document.put("generatedAt", generatedAt);
        document.put("records", records.stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("register", r.register());
            item.put("registerName", catalogue.registerOf(r.category()).map(g -> g.name(language)).orElse(r.register()));
            item.put("category", r.category());
            item.put("categoryName", catalogue.category(r.category()).map(c -> c.name(language)).orElse(r.category()));
            item.put("labelKey", r.label());
            item.put("label", labels.recordLabel(r.label(), language));
            item.put("occurredAt", r.occurredAt());
            item.put("fields", r.fields());
            Map<String, String> fieldLabels = new LinkedHashMap<>();
            r.fields().keySet().forEach(f -> fieldLabels.put(f, labels.fieldLabel(f, language)));
            item.put("fieldLabels", fieldLabels);
            return item;
        }).toList());
        if (excluded != null) {
            document.put("excluded", excluded.entrySet().stream().map(e -> Map.of("category", e.getKey(),
                    "reason", e.getValue())).toList());
        }
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the portable export of " + caseNumber + " could not be written", e);
        }
    }

    public byte[] csv(List<PersonalDataRecord> records) {
        StringBuilder out = new StringBuilder("\uFEFFregister,category,record,label,occurredAt,field,value\r\n");
        for (PersonalDataRecord r : records) {
            if (r.fields().isEmpty()) {
                row(out, r, "", "");
            }
            r.fields().forEach((field, value) -> row(out, r, field, value == null ? "" : value.toString()));
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, PersonalDataRecord r, String field, String value) {
        out.append(String.join(",", cell(r.register()), cell(r.category()), cell(r.recordRef()), cell(r.label()),
                cell(r.occurredAt() == null ? "" : r.occurredAt().toString()), cell(field), cell(value))).append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so that a spreadsheet never runs a cell as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        boolean quote = v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
