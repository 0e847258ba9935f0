package fi.tietovahti.registers;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One labelled item of personal data as a register holds it.
 *
 * @param register       catalogue register id (the source)
 * @param category       catalogue category id (what kind of data)
 * @param recordRef      stable reference inside the register, e.g. {@code ledger_entry:1234}; used for redaction
 * @param label          what the record is, in plain words for the report
 * @param occurredAt     when it happened or was recorded (null for timeless data)
 * @param fields         the values, in display order; values keep their type (String, Number, LocalDate, Instant,
 *                       Boolean) so the report and the portable export can format them
 * @param thirdPartyFields names of the fields that carry someone else's data (a complainant, a co-resident,
 *                       the staff member who wrote a note): the review task offers these for redaction (Art. 15(4))
 * @param restricted     processing of this record is restricted (Art. 18)
 */
public record PersonalDataRecord(String register, String category, String recordRef, String label, Instant occurredAt,
                                 Map<String, Object> fields, Set<String> thirdPartyFields, boolean restricted) {

    public PersonalDataRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        thirdPartyFields = Set.copyOf(thirdPartyFields);
        if (!fields.keySet().containsAll(thirdPartyFields)) {
            throw new IllegalArgumentException("third-party fields must be fields of the record " + recordRef);
        }
    }

    public boolean carriesThirdPartyData() {
        return !thirdPartyFields.isEmpty();
    }
}
