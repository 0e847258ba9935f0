package fi.tietovahti.portability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.PrivacyCase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * portability-request end to end: a tenant with a rent ledger asks for their portable data at the desk; the export
 * (JSON and CSV) holds what they provided on consent or contract and nothing of the ledger, says what it left out,
 * and goes through the secure delivery with a letter that explains the exclusions.
 */
class PortabilityRequestIT extends RequestProcessTest {

    @Override
    protected java.util.List<String> processesWalked() {
        return java.util.List.of(RequestDoors.rightProcess(PrivacyCase.Type.PORTABILITY));
    }


    @Autowired
    CaseDocuments documents;
    @Autowired
    ObjectMapper json;

    @Test
    void theExportHoldsWhatTheTenantProvidedAndNothingOfTheLedger() throws Exception {
        Map<String, Object> tenant = jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3)
                  and exists (select 1 from tietovahti.occupancy o join tietovahti.ledger_entry l on l.tenancy_id = o.tenancy_id
                              where o.person_id = p.id and o.role = 'MAIN_TENANT')
                  and exists (select 1 from tietovahti.booking b where b.person_id = p.id)
                order by p.id desc offset 3 limit 1""");
        RequestDoors.Started started = driver.startAtTheDesk(doors, PrivacyCase.Type.PORTABILITY,
                (String) tenant.get("name"), "portable@example.com", (String) tenant.get("hetu"), "fi");
        String pi = started.processInstanceId();

        assertThat(driver.instance(pi)).as("answered and closed").isNull();
        PrivacyCase kase = cases.byNumber(started.caseNumber());
        assertThat(kase.getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);

        JsonNode export = json.readTree(documents.content(kase.getId(), CaseDocuments.Kind.PORTABLE_JSON).orElseThrow());
        assertThat(export.get("format").asText()).isEqualTo("tietovahti-portable/2");
        assertThat(export.get("language").asText()).isEqualTo("fi");
        List<String> categories = new ArrayList<>();
        export.get("records").forEach(r -> categories.add(r.get("category").asText()));
        assertThat(categories).contains("bookings.reservation").noneMatch(c -> c.startsWith("rent-ledger"))
                .noneMatch(c -> c.startsWith("collection")).noneMatch(c -> c.startsWith("disturbance"));
        List<String> excluded = new ArrayList<>();
        export.get("excluded").forEach(e -> excluded.add(e.get("category").asText()));
        assertThat(excluded).anyMatch(c -> c.startsWith("rent-ledger"));

        String csv = new String(documents.content(kase.getId(), CaseDocuments.Kind.PORTABLE_CSV).orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFregister,category,record,label,occurredAt,field,value\r\n")
                .contains("bookings.reservation").doesNotContain("rent-ledger").doesNotContain((String) tenant.get("hetu"));
        assertThat(jdbc.queryForList("select subject from tietovahti.mail_outbox where case_number = ? and status = 'SENT'",
                String.class, started.caseNumber())).anyMatch(s -> s.contains("Siirrettävät tietosi"))
                .anyMatch(s -> s.contains("suojattu toimitus"));
    }
}
