package fi.tietovahti.access;

import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The answers given to a resident's access requests are personal data too: the copy of what was found (the
 * snapshot), the documents delivered and when they were opened. A later report lists each answer (not its
 * contents again). Kept under the catalogue's rule "access-report-copies"; an erasure removes the copies of
 * answered requests (snapshot, redactions with their reasons, documents) and keeps the fact that an answer was
 * given and the delivery log (accountability, GDPR 5(2)). Other rights' answers (an erasure's letter) are not copies
 * of the data: they stay with their case.
 */
@Component
class AccessAnswersDataSource extends RegisterSource {

    static final String ANSWER = "access-answers.answer";

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseRegistry caseRegistry;
    private final CaseDocuments documents;

    AccessAnswersDataSource(NamedParameterJdbcTemplate jdbc, ProcessingRestrictions restrictions,
                            CaseRegistry caseRegistry, CaseDocuments documents) {
        super("access-answers", Set.of(ANSWER), restrictions);
        this.jdbc = jdbc;
        this.caseRegistry = caseRegistry;
        this.documents = documents;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        jdbc.query("""
                select c.id, c.case_number, c.delivered_at,
                       (select count(*) from tietovahti.access_snapshot_record r where r.case_id = c.id) as records,
                       (select count(*) from tietovahti.access_redaction x where x.case_id = c.id) as redactions,
                       (select count(*) from tietovahti.delivery_download d join tietovahti.secure_delivery s
                        on s.id = d.delivery_id where s.case_id = c.id) as downloads
                from tietovahti.privacy_case c
                where c.subject_person_id in (:persons) and c.delivered_at is not null and c.case_type = 'ACCESS'
                order by c.delivered_at""", new MapSqlParameterSource("persons", subject.personIds()), rs -> {
            Timestamp delivered = rs.getTimestamp("delivered_at");
            records.add(ANSWER, "access_answer:" + rs.getLong("id"), "Access answer", delivered.toInstant())
                    .field("caseNumber", rs.getString("case_number"))
                    .field("deliveredAt", delivered.toInstant())
                    .field("recordCount", rs.getInt("records"))
                    .field("redactionCount", rs.getInt("redactions"))
                    .field("downloadCount", rs.getInt("downloads"));
        });
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(ANSWER) == ErasureAction.KEEP || subject.personIds().isEmpty()) {
            return report.build();
        }
        MapSqlParameterSource persons = new MapSqlParameterSource("persons", subject.personIds());
        // only answered access requests: a request still in progress keeps its snapshot until it is answered, and
        // the answer to another right (an erasure's letter) is the case's record, not a copy of the data
        List<Long> answered = caseRegistry.closedCaseIds(subject.personIds(), PrivacyCase.Type.ACCESS);
        if (answered.isEmpty()) {
            return report.build();
        }
        MapSqlParameterSource cases = new MapSqlParameterSource("cases", answered);
        int removed = jdbc.update("delete from tietovahti.access_snapshot_record where case_id in (:cases)", cases)
                + jdbc.update("delete from tietovahti.access_redaction where case_id in (:cases)", cases)
                + documents.erase(answered, Set.of(CaseDocuments.Kind.REPORT_DOCX, CaseDocuments.Kind.REPORT_PDF,
                        CaseDocuments.Kind.PORTABLE_JSON));
        report.add(ANSWER, ErasureAction.ERASE, removed);
        return report.build();
    }
}
