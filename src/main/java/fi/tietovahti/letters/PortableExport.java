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
 * { "format": "tietovahti-portable/1", "caseNumber": "TV-2026-000123", "controller": "...",
 *   "generatedAt": "2026-11-27T10:00:00Z",
 *   "records": [ { "register": "bookings", "category": "bookings.reservation", "label": "Booking",
 *                  "occurredAt": "...", "fields": { "resource": "SAUNA", ... } } ] }
 * </pre>
 * Dates are ISO-8601, amounts decimal numbers, identity codes masked. Which categories are portable is the
 * catalogue's decision; the caller passes only those records.
 */
@Component
public class PortableExport {

    public static final String FORMAT = "tietovahti-portable/1";

    private final ObjectMapper json;

    PortableExport(ObjectMapper json) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public byte[] json(String caseNumber, String controller, Instant generatedAt, List<PersonalDataRecord> records) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("caseNumber", caseNumber);
        document.put("controller", controller);
        document.put("generatedAt", generatedAt);
        document.put("records", records.stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("register", r.register());
            item.put("category", r.category());
            item.put("label", r.label());
            item.put("occurredAt", r.occurredAt());
            item.put("fields", r.fields());
            return item;
        }).toList());
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the portable export of " + caseNumber + " could not be written", e);
        }
    }
}
