package fi.tietovahti.access;

import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.delivery.DeliveryDownloads;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
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
    private final DeliveryDownloads downloads;

    AccessAnswersDataSource(NamedParameterJdbcTemplate jdbc, ProcessingRestrictions restrictions,
                            CaseRegistry caseRegistry, CaseDocuments documents, DeliveryDownloads downloads) {
        super("access-answers", Set.of(ANSWER), restrictions);
        this.jdbc = jdbc;
        this.caseRegistry = caseRegistry;
        this.documents = documents;
        this.downloads = downloads;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        for (CaseRegistry.Delivered answer : caseRegistry.deliveredCases(subject.personIds(),
                PrivacyCase.Type.ACCESS)) {
            MapSqlParameterSource kase = new MapSqlParameterSource("case", answer.id());
            records.add(ANSWER, "access_answer:" + answer.id(), "Access answer", answer.deliveredAt())
                    .field("caseNumber", answer.caseNumber())
                    .field("deliveredAt", answer.deliveredAt())
                    .field("recordCount", jdbc.queryForObject(
                            "select count(*) from tietovahti.access_snapshot_record where case_id = :case", kase,
                            Integer.class))
                    .field("redactionCount", jdbc.queryForObject(
                            "select count(*) from tietovahti.access_redaction where case_id = :case", kase,
                            Integer.class))
                    .field("downloadCount", downloads.of(answer.id()));
        }
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
