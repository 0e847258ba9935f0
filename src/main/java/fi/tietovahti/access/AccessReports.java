package fi.tietovahti.access;

import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.catalogue.ControllerProperties;
import fi.tietovahti.letters.AccessReportRenderer;
import fi.tietovahti.letters.AccessReportRenderer.Redaction;
import fi.tietovahti.letters.PortableExport;
import fi.tietovahti.registers.PersonalDataRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Renders the answer to an access request from its snapshot and redactions: the report as DOCX and PDF, and the
 * portable subset as JSON, stored with the case. Runs in the RenderReport job's transaction: a failure leaves no
 * half set of documents, and the job is retried.
 */
@Service
public class AccessReports {

    private final CaseRegistry cases;
    private final AccessSnapshots snapshots;
    private final AccessReportRenderer renderer;
    private final PortableExport portable;
    private final Catalogue catalogue;
    private final ControllerProperties controller;
    private final CaseDocuments documents;
    private final Clock clock;

    AccessReports(CaseRegistry cases, AccessSnapshots snapshots, AccessReportRenderer renderer, PortableExport portable,
                  Catalogue catalogue, ControllerProperties controller, CaseDocuments documents, Clock clock) {
        this.cases = cases;
        this.snapshots = snapshots;
        this.renderer = renderer;
        this.portable = portable;
        this.catalogue = catalogue;
        this.controller = controller;
        this.documents = documents;
        this.clock = clock;
    }

    public List<CaseDocuments.Document> render(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        List<PersonalDataRecord> records = snapshots.records(caseNumber);
        List<Redaction> redactions = snapshots.redactions(caseNumber);
        ZoneId zone = clock.getZone();
        Instant collectedAt = snapshots.collectedAt(caseNumber);
        var request = new AccessReportRenderer.ReportRequest(caseNumber, kase.getLanguage(), kase.getRequesterName(),
                LocalDate.now(clock), collectedAt == null ? LocalDate.now(clock) : collectedAt.atZone(zone).toLocalDate(),
                records, redactions);
        String base = caseNumber + "-" + kase.getLanguage();
        AccessReportRenderer.Report report = renderer.render(request);
        CaseDocuments.Document docx = documents.save(kase.getId(), CaseDocuments.Kind.REPORT_DOCX, base + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", report.docx());
        CaseDocuments.Document pdf = documents.save(kase.getId(), CaseDocuments.Kind.REPORT_PDF, base + ".pdf",
                "application/pdf", report.pdf());
        Set<String> portableCategories = catalogue.portableCategories();
        List<PersonalDataRecord> portableRecords = records.stream()
                .filter(r -> portableCategories.contains(r.category()))
                .map(r -> withoutRedacted(r, redactions)).toList();
        CaseDocuments.Document json = documents.save(kase.getId(), CaseDocuments.Kind.PORTABLE_JSON,
                base + "-portable.json", "application/json",
                portable.json(caseNumber, kase.getLanguage(), controller.name(), clock.instant(), portableRecords));
        return List.of(docx, pdf, json);
    }

    /** A redacted field leaves the portable export as well: Art. 15(4) applies to every copy. */
    private static PersonalDataRecord withoutRedacted(PersonalDataRecord r, List<Redaction> redactions) {
        Set<String> removed = redactions.stream().filter(x -> x.recordRef().equals(r.recordRef()))
                .map(Redaction::field).collect(Collectors.toSet());
        if (removed.isEmpty()) {
            return r;
        }
        Map<String, Object> fields = new LinkedHashMap<>(r.fields());
        removed.forEach(fields::remove);
        Set<String> thirdParty = r.thirdPartyFields().stream().filter(f -> !removed.contains(f))
                .collect(Collectors.toSet());
        return new PersonalDataRecord(r.register(), r.category(), r.recordRef(), r.label(), r.occurredAt(), fields,
                thirdParty, r.restricted());
    }
}
