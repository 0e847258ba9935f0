package fi.tietovahti.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.PersonalDataSources;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TietovahtiTest
class PortableExportIT {

    @Autowired
    PortableExport export;
    @Autowired
    PersonalDataSources sources;
    @Autowired
    ResidentDirectory residents;
    @Autowired
    Catalogue catalogue;
    @Autowired
    AccessReportRenderer renderer;

    @Test
    void theExportHoldsThePortableSubsetOnlyInTheDocumentedFormat() throws Exception {
        long aino = residents.byIdentityCode(PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU)).orElseThrow().getId();
        var records = sources.portable(residents.subjectOf(List.of(aino)), catalogue.portableCategories());

        JsonNode doc = new ObjectMapper().readTree(export.json("TV-2026-000123", "sv", "Heka", Instant.parse("2026-11-27T10:00:00Z"), records));

        assertThat(doc.path("format").asText()).isEqualTo(PortableExport.FORMAT);
        assertThat(doc.path("generatedAt").asText()).isEqualTo("2026-11-27T10:00:00Z");
        Set<String> registers = new HashSet<>();
        doc.path("records").forEach(r -> registers.add(r.path("register").asText()));
        assertThat(registers).contains("newsletter", "apartment-exchange", "ekoekspertti", "bookings")
                .doesNotContain("rent-ledger", "collection", "health", "camera", "disturbance");
        assertThat(doc.toString()).doesNotContain(DemoDataGenerator.SHOWCASE_HETU);
        JsonNode booking = null;
        for (JsonNode r : doc.path("records")) {
            if (r.path("register").asText().equals("bookings")) {
                booking = r;
            }
        }
        assertThat(booking.path("occurredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        // people read the names and labels in the request's language; programs keep the stable keys
        assertThat(doc.path("language").asText()).isEqualTo("sv");
        JsonNode item = booking;
        String key = item.path("labelKey").asText();
        assertThat(item.path("label").asText()).isNotEqualTo(key).isEqualTo(renderer.recordLabel(key, "sv"));
        assertThat(item.path("registerName").asText()).isEqualTo(catalogue.registerOf(item.path("category").asText())
                .orElseThrow().name("sv"));
        item.path("fields").fieldNames().forEachRemaining(f -> assertThat(item.path("fieldLabels").path(f).asText())
                .as(f).isNotBlank().isNotEqualTo(f));
    }
}
