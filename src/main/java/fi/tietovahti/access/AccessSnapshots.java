package fi.tietovahti.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.letters.AccessReportRenderer.Redaction;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSources;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registers held about the subject on the day of collection, kept with the case so the report shows
 * that day's data however long review takes; and the handler's redactions of other people's data (Art. 15(4)).
 */
@Service
public class AccessSnapshots {

    /** One redactable item: a field of a record that carries someone else's data. {@code id} is "recordRef|field". */
    public record ThirdPartyItem(String id, String register, String label, String field, String value) {
    }

    public record Collected(int records, int thirdPartyItems) {
    }

    /** A redaction that does not name an offered item, or has no reason. Nothing is saved. */
    public static class InvalidRedaction extends RuntimeException implements fi.tietovahti.platform.Refusal {
        InvalidRedaction(String message) {
            super(message);
        }
    }

    private final CaseRegistry cases;
    private final ResidentDirectory residents;
    private final PersonalDataSources sources;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AccessSnapshots(CaseRegistry cases, ResidentDirectory residents, PersonalDataSources sources, JdbcTemplate jdbc,
                    ObjectMapper json, Clock clock) {
        this.cases = cases;
        this.residents = residents;
        this.sources = sources;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Collects from every source and stores the snapshot, replacing one taken before (a retried job). The subject
     * is the person of the tenancy register chosen for the case; the requester's own email address is not used to
     * find accounts, since an email address proves nothing about whose they are.
     */
    @Transactional
    public Collected collect(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        if (kase.getSubjectPersonId() == null) {
            throw new IllegalStateException("case " + caseNumber + " has no data subject to collect for");
        }
        DataSubject subject = residents.subjectOf(List.of(kase.getSubjectPersonId()));
        List<PersonalDataRecord> records = sources.collect(subject);
        jdbc.update("delete from tietovahti.access_snapshot_record where case_id = ?", kase.getId());
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(records.size());
        int position = 0;
        int thirdParty = 0;
        for (PersonalDataRecord r : records) {
            thirdParty += r.thirdPartyFields().size();
            rows.add(new Object[]{kase.getId(), now, position++, r.register(), r.category(), r.recordRef(), r.label(),
                    r.occurredAt() == null ? null : Timestamp.from(r.occurredAt()),
                    SnapshotCodec.encode(json, r.fields()), write(r.thirdPartyFields().stream().sorted().toList()),
                    r.restricted()});
        }
        jdbc.batchUpdate("""
                insert into tietovahti.access_snapshot_record (case_id, collected_at, position, register, category,
                    record_ref, label, occurred_at, fields, third_party_fields, restricted)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""", rows);
        return new Collected(records.size(), thirdParty);
    }

    /** The snapshot's records, in the order they were collected. */
    @Transactional(readOnly = true)
    public List<PersonalDataRecord> records(String caseNumber) {
        long caseId = cases.byNumber(caseNumber).getId();
        return jdbc.query("""
                select register, category, record_ref, label, occurred_at, fields, third_party_fields, restricted
                from tietovahti.access_snapshot_record where case_id = ? order by position""", (rs, i) -> {
            Timestamp at = rs.getTimestamp("occurred_at");
            return new PersonalDataRecord(rs.getString("register"), rs.getString("category"),
                    rs.getString("record_ref"), rs.getString("label"), at == null ? null : at.toInstant(),
                    SnapshotCodec.decode(json, rs.getString("fields")),
                    Set.copyOf(read(rs.getString("third_party_fields"))), rs.getBoolean("restricted"));
        }, caseId);
    }

    /** When the snapshot was taken (null before collection). */
    @Transactional(readOnly = true)
    public Instant collectedAt(String caseNumber) {
        Timestamp at = jdbc.queryForObject("select max(collected_at) from tietovahti.access_snapshot_record where case_id = ?",
                Timestamp.class, cases.byNumber(caseNumber).getId());
        return at == null ? null : at.toInstant();
    }

    /** The items the review task offers for redaction: every field that carries someone else's data. */
    @Transactional(readOnly = true)
    public List<ThirdPartyItem> thirdPartyItems(String caseNumber) {
        List<ThirdPartyItem> items = new ArrayList<>();
        for (PersonalDataRecord r : records(caseNumber)) {
            for (String field : r.thirdPartyFields().stream().sorted().toList()) {
                items.add(new ThirdPartyItem(r.recordRef() + "|" + field, r.register(), r.label(), field,
                        String.valueOf(r.fields().get(field))));
            }
        }
        return items;
    }

    /**
     * Records the handler's redactions, each with who and why. Only offered items can be redacted: everything else
     * in the report stays. Saving again replaces the earlier choice of this case (a task completed twice after an
     * error).
     */
    @Transactional
    public List<Redaction> saveRedactions(String caseNumber, Collection<String> itemIds, String reason, String by) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        Set<String> offered = new HashSet<>();
        thirdPartyItems(caseNumber).forEach(i -> offered.add(i.id()));
        for (String id : itemIds) {
            if (!offered.contains(id)) {
                throw new InvalidRedaction("'" + id + "' is not an item that carries someone else's data");
            }
        }
        if (!itemIds.isEmpty() && (reason == null || reason.isBlank())) {
            throw new InvalidRedaction("A redaction needs a reason (GDPR Art. 15(4): whose rights it protects)");
        }
        jdbc.update("delete from tietovahti.access_redaction where case_id = ?", kase.getId());
        Timestamp now = Timestamp.from(clock.instant());
        List<Redaction> saved = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(itemIds)) {
            String[] parts = id.split("\\|", 2);
            jdbc.update("""
                    insert into tietovahti.access_redaction (case_id, record_ref, field, reason, redacted_by, redacted_at)
                    values (?, ?, ?, ?, ?, ?)""", kase.getId(), parts[0], parts[1], reason.strip(), by, now);
            saved.add(new Redaction(parts[0], parts[1], reason.strip()));
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Redaction> redactions(String caseNumber) {
        return jdbc.query("""
                select record_ref, field, reason from tietovahti.access_redaction where case_id = ?
                order by record_ref, field""", (rs, i) -> new Redaction(rs.getString(1), rs.getString(2),
                rs.getString(3)), cases.byNumber(caseNumber).getId());
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String value) {
        try {
            return List.of(json.readValue(value, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot record is not readable", e);
        }
    }
}
