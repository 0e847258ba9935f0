package fi.tietovahti.portability;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.catalogue.ControllerProperties;
import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.letters.PortableExport;
import fi.tietovahti.subject.CaseSubjects;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSources;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer to a portability request (GDPR Art. 20): the portable subset, as JSON and CSV, stored with the case for
 * the secure delivery. Portable is what the catalogue marks so: data the person provided, processed on consent or
 * contract. Everything processed under law (the rent ledger, the house register, collection) is left out, and the
 * JSON says which categories the person has data in that were left out and why. Other people's data in a record
 * (a co-resident, a contractor) is left out too (Art. 20(4)): there is no review step to weigh it.
 */
@Service
public class PortabilityExports {

    private static final Logger log = LoggerFactory.getLogger(PortabilityExports.class);
    static final String EXCLUDED_REASON = "processed under law or for the landlord's legitimate interest, "
            + "not on consent or contract: not portable (GDPR Art. 20(1)); an access request shows it";

    /** What the export holds. */
    public record Exported(int records, int excludedCategories) {
    }

    private final CaseRegistry cases;
    private final CaseSubjects subjects;
    private final PersonalDataSources sources;
    private final Catalogue catalogue;
    private final PortableExport export;
    private final CaseDocuments documents;
    private final ControllerProperties controller;
    private final Clock clock;

    PortabilityExports(CaseRegistry cases, CaseSubjects subjects, PersonalDataSources sources, Catalogue catalogue,
                       PortableExport export, CaseDocuments documents, ControllerProperties controller, Clock clock) {
        this.cases = cases;
        this.subjects = subjects;
        this.sources = sources;
        this.catalogue = catalogue;
        this.export = export;
        this.documents = documents;
        this.controller = controller;
        this.clock = clock;
    }

    @Transactional
    public Exported export(String caseNumber) {
        PrivacyCase kase = cases.byNumber(caseNumber);
        DataSubject subject = subjects.of(kase);
        Set<String> portable = catalogue.portableCategories();
        List<PersonalDataRecord> all = sources.collect(subject);
        List<PersonalDataRecord> records = all.stream().filter(r -> portable.contains(r.category()))
                .map(PortabilityExports::ownDataOnly).toList();
        Map<String, String> excluded = new LinkedHashMap<>();
        all.stream().map(PersonalDataRecord::category).filter(c -> !portable.contains(c)).distinct().sorted()
                .forEach(c -> excluded.put(c, EXCLUDED_REASON));
        String base = caseNumber + "-portable";
        documents.save(kase.getId(), CaseDocuments.Kind.PORTABLE_JSON, base + ".json", "application/json",
                export.json(caseNumber, kase.getLanguage(), controller.name(), clock.instant(), records, excluded));
        documents.save(kase.getId(), CaseDocuments.Kind.PORTABLE_CSV, base + ".csv", "text/csv; charset=UTF-8",
                export.csv(records));
        log.info("Portable export of {}: {} records, {} categories left out", caseNumber, records.size(),
                excluded.size());
        return new Exported(records.size(), excluded.size());
    }

    private static PersonalDataRecord ownDataOnly(PersonalDataRecord r) {
        if (!r.carriesThirdPartyData()) {
            return r;
        }
        Map<String, Object> fields = r.fields().entrySet().stream()
                .filter(e -> !r.thirdPartyFields().contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new PersonalDataRecord(r.register(), r.category(), r.recordRef(), r.label(), r.occurredAt(), fields,
                Set.of(), r.restricted());
    }
}
