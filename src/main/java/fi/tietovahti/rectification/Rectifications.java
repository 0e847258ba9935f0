package fi.tietovahti.rectification;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.subject.CaseSubjects;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.PersonalDataSources;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (GDPR Art. 16): the handler sees what the person asked and the current values beside it, and
 * accepts a correction (applied through the register that holds the field; the old value goes to the audit trail
 * only) or rejects it with reasons. Recipients of the corrected category are told (Art. 19) by the process.
 */
@Service
public class Rectifications {

    private static final Logger log = LoggerFactory.getLogger(Rectifications.class);

    /** A field the handler may correct: {@code register|category|field}, with its current value. */
    public record Field(String key, String register, String category, String field, String current) {
    }

    /** The decision as recorded. */
    public record Decision(boolean accepted, String register, String category, String field, String newValue,
                           String reason) {
    }

    /** A decision that cannot be applied; the message says why, for the handler. */
    public static class InvalidDecision extends RuntimeException implements fi.tietovahti.platform.Refusal {
        InvalidDecision(String message) {
            super(message);
        }
    }

    private final CaseRegistry cases;
    private final CaseSubjects subjects;
    private final PersonalDataSources sources;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Rectifications(CaseRegistry cases, CaseSubjects subjects, PersonalDataSources sources, JdbcTemplate jdbc,
                   Clock clock) {
        this.cases = cases;
        this.subjects = subjects;
        this.sources = sources;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The fields the registers can correct for the case's person, with their current values. */
    @Transactional(readOnly = true)
    public List<Field> fields(String caseNumber) {
        List<Field> fields = new ArrayList<>();
        sources.rectifiable(subject(cases.byNumber(caseNumber))).forEach((register, categories) ->
                categories.forEach((category, values) -> values.forEach((field, current) ->
                        fields.add(new Field(register + "|" + category + "|" + field, register, category, field,
                                current)))));
        return fields;
    }

    /** Applies or rejects; returns whether a correction was applied. Nothing changes on a refused decision. */
    @Transactional
    public boolean decide(String caseNumber, boolean accept, String fieldKey, String newValue, String reason,
                          String handler) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 1000) {
            throw new InvalidDecision("the reasons are longer than 1,000 characters");
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from tietovahti.rectification_audit where case_id = ?)", Boolean.class,
                kase.getId()))) {
            throw new InvalidDecision("the correction of " + caseNumber + " has been decided already");
        }
        if (!accept) {
            if (why == null) {
                throw new InvalidDecision("give the reasons for rejecting the correction: the requester is told them");
            }
            insert(kase, "-", "-", "-", null, null, false, why, handler);
            log.info("Rectification {} rejected", caseNumber);
            return false;
        }
        Field field = fields(caseNumber).stream().filter(f -> f.key().equals(fieldKey)).findFirst()
                .orElseThrow(() -> new InvalidDecision("choose the field to correct from those offered"));
        if (newValue == null || newValue.strip().equals(field.current())) {
            throw new InvalidDecision("give the corrected value (it is the same as the current one)");
        }
        String old;
        try {
            old = sources.rectify(subject(kase), field.register(), field.category(), field.field(), newValue);
        } catch (IllegalArgumentException e) {
            throw new InvalidDecision("the corrected value is refused: " + e.getMessage());
        }
        insert(kase, field.register(), field.category(), field.field(), old, newValue.strip(), true, why, handler);
        // a rejection changed nothing: the requester may still withdraw before its letter leaves
        cases.markCarriedOut(caseNumber, clock.instant());
        log.info("Rectification {}: {} / {} corrected", caseNumber, field.category(), field.field());
        return true;
    }

    @Transactional(readOnly = true)
    public Decision decision(String caseNumber) {
        Map<String, Object> row = jdbc.queryForMap("""
                select accepted, register_id, category_id, field, new_value, reason from tietovahti.rectification_audit
                where case_id = ?""", cases.byNumber(caseNumber).getId());
        return new Decision((Boolean) row.get("accepted"), (String) row.get("register_id"),
                (String) row.get("category_id"), (String) row.get("field"), (String) row.get("new_value"),
                (String) row.get("reason"));
    }

    private DataSubject subject(PrivacyCase kase) {
        return subjects.of(kase);
    }

    private void insert(PrivacyCase kase, String register, String category, String field, String old,
                        String value, boolean accepted, String reason, String handler) {
        jdbc.update("""
                insert into tietovahti.rectification_audit (case_id, register_id, category_id, field, old_value,
                    new_value, accepted, reason, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                kase.getId(), register, category, field, old, value, accepted, reason, handler,
                Timestamp.from(clock.instant()));
    }
}
