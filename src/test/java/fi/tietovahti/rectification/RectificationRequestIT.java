package fi.tietovahti.rectification;

import fi.tietovahti.processes.RectificationRequestProcess;
import fi.tietovahti.processes.VerifyIdentityProcess;

import fi.tietovahti.request.RequestDoors;

import fi.tietovahti.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.deadline.LegalDeadlines;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * rectification-request end to end from the service desk's start form: the handler sees the correction asked beside
 * the current values, a bad value is refused, an accepted one is made in the tenancy register with the old value in
 * the audit trail only, the processors are told (Art. 19) and the requester gets a letter; a rejection gives reasons.
 */
class RectificationRequestIT extends RequestProcessTest {

    @Override
    protected java.util.List<String> processesWalked() {
        return java.util.List.of(RequestDoors.rightProcess(PrivacyCase.Type.RECTIFICATION));
    }


    @Autowired
    fi.tietovahti.cases.CaseDocuments documents;

    private Map<String, Object> person(int offset) {
        return jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu, p.phone from tietovahti.person p
                where p.hetu is not null and p.phone is not null and p.id not in (1, 2, 3)
                order by p.id desc offset ? limit 1""", offset);
    }

    /** As the service desk does it: the start form in Tasklist, then the identity check. */
    private String startAtTheDesk(Map<String, Object> person, String asked) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(RequestDoors.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        identityService.setAuthentication("handler", List.of("privacy-handlers"));
        String pi;
        try {
            pi = forms.submitStartForm(definition, Map.of("sensitiveRequesterName", person.get("name"),
                    "sensitiveRequesterEmail", "rectify." + person.get("id") + "@example.com", "language", "fi",
                    "channel", "DESK", "receivedAt", TestClock.today().toString(),
                    "deskCheck", true, "sensitiveRequestDetails", asked, "requestType", "RECTIFICATION")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        driver.runJobs(pi);
        driver.completeAsHandler(pi, VerifyIdentityProcess.Element.RECORD_DESK_CHECK, Map.of("documentType", "ID_CARD",
                "sensitiveDocumentName", person.get("name"), "sensitiveIdentityCode", person.get("hetu")));
        return pi;
    }

    private String caseNumber(String pi) {
        return jdbc.queryForObject("select business_key_ from public.act_hi_procinst where id_ = ?", String.class, pi);
    }

    @Test
    void anAcceptedCorrectionIsMadeInTheRegisterTheOldValueKeptOnlyInTheAuditAndTheProcessorsTold() {
        Map<String, Object> person = person(2);
        String pi = startAtTheDesk(person, "Puhelinnumeroni on vaihtunut: 040 765 4321");
        String phoneField = "tenancy|tenancy.resident-contact|phone";

        Task review = driver.task(pi, RectificationRequestProcess.Element.REVIEW_CORRECTION);
        assertThat((String) tasks.getVariableLocal(review.getId(), "sensitiveRequestedCorrection"))
                .contains("040 765 4321");
        assertThat(tasks.getVariableLocal(review.getId(), "sensitiveCurrentValues").toString())
                .contains((String) person.get("phone"));
        assertThat(tasks.getVariableLocal(review.getId(), "sensitiveFieldOptions").toString()).contains(phoneField);

        assertThatThrownBy(() -> driver.completeAsHandler(pi, RectificationRequestProcess.Element.REVIEW_CORRECTION, Map.of(
                "rectificationDecision", "ACCEPT", "sensitiveNewValue", "040 765 4321")))
                .hasMessageContaining("choose the field");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, RectificationRequestProcess.Element.REVIEW_CORRECTION, Map.of(
                "rectificationDecision", "ACCEPT", "rectifiedField", "tenancy|tenancy.resident-contact|email",
                "sensitiveNewValue", "not an address"))).hasMessageContaining("not an email address");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, RectificationRequestProcess.Element.REVIEW_CORRECTION, Map.of(
                "rectificationDecision", "ACCEPT", "rectifiedField", "tenancy|tenancy.resident-identity|personalIdentityCode",
                "sensitiveNewValue", "x"))).hasMessageContaining("choose the field");
        driver.completeAsHandler(pi, RectificationRequestProcess.Element.REVIEW_CORRECTION, Map.of("rectificationDecision", "ACCEPT",
                "rectifiedField", phoneField, "sensitiveNewValue", "040 765 4321"));

        assertThat(driver.instance(pi)).isNull();
        String caseNumber = caseNumber(pi);
        assertThat(cases.byNumber(caseNumber).getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        assertThat(jdbc.queryForObject("select phone from tietovahti.person where id = ?", String.class,
                person.get("id"))).isEqualTo("040 765 4321");
        assertThat(jdbc.queryForMap("""
                select a.old_value, a.new_value, a.decided_by from tietovahti.rectification_audit a
                join tietovahti.privacy_case c on c.id = a.case_id where c.case_number = ?""", caseNumber))
                .containsEntry("old_value", person.get("phone")).containsEntry("new_value", "040 765 4321")
                .containsEntry("decided_by", "handler");
        assertThat(jdbc.queryForList("""
                select recipient_id from tietovahti.erasure_notice n join tietovahti.privacy_case c on c.id = n.case_id
                where c.case_number = ? and n.kind = 'RECTIFICATION'""", String.class, caseNumber))
                .contains("processor-it", "processor-collection");
        assertThat(jdbc.queryForList("select subject from tietovahti.mail_outbox where case_number = ? and status = 'SENT'",
                String.class, caseNumber)).anyMatch(s -> s.contains("Tietosi on oikaistu"))
                .anyMatch(s -> s.contains("oikaisusta (tietosuoja-asetuksen 19 artikla)"));
        assertThat(jdbc.queryForList("select body from tietovahti.mail_outbox where case_number = ?", String.class,
                caseNumber)).noneMatch(b -> b.contains("040 765 4321")).as("values never travel by email");
    }

    @Test
    void aRejectedCorrectionChangesNothingAndGivesTheReasons() {
        Map<String, Object> person = person(3);
        String pi = startAtTheDesk(person, "Nimeni on oikeasti Kalle Kustaa");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, RectificationRequestProcess.Element.REVIEW_CORRECTION, Map.of(
                "rectificationDecision", "REJECT"))).hasMessageContaining("reasons");
        driver.completeAsHandler(pi, RectificationRequestProcess.Element.REVIEW_CORRECTION, Map.of("rectificationDecision", "REJECT",
                "sensitiveRectificationReason", "Väestötietojärjestelmän mukaan nimesi on kirjattu oikein."));
        String caseNumber = caseNumber(pi);
        assertThat(jdbc.queryForObject("select first_name || ' ' || last_name from tietovahti.person where id = ?",
                String.class, person.get("id"))).isEqualTo(person.get("name"));
        assertThat(jdbc.queryForObject("select body from tietovahti.mail_outbox where case_number = ? and subject like ?",
                String.class, caseNumber, "%Vastaus oikaisupyyntöösi%")).contains("suojatussa toimituksessa")
                .doesNotContain("Väestötietojärjestelmän mukaan");
        assertThat(fi.tietovahti.letters.AccessReportRenderer.textOf(documents.content(cases.byNumber(caseNumber)
                .getId(), fi.tietovahti.cases.CaseDocuments.Kind.ANSWER_DOCX).orElseThrow()))
                .contains("Vastaus oikaisupyyntöön").contains("Väestötietojärjestelmän mukaan");
    }

    @Test
    void aDeskRectificationWithoutTheCorrectionAskedIsRefusedAndOpensNoCase() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(RequestDoors.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        long before = jdbc.queryForObject("select count(*) from tietovahti.privacy_case", Long.class);
        identityService.setAuthentication("handler", List.of("privacy-handlers"));
        try {
            // the one desk form serves every right, so it cannot require the field: registration does
            assertThatThrownBy(() -> forms.submitStartForm(definition, Map.of(
                    "sensitiveRequesterName", "Anna Asukas", "sensitiveRequesterEmail", "anna@example.com",
                    "language", "fi", "channel", "LETTER", "receivedAt", TestClock.today().toString(),
                    "requestType", "RECTIFICATION"))).hasMessageContaining("The correction asked is missing");
            assertThatThrownBy(() -> forms.submitStartForm(definition, Map.of(
                    "sensitiveRequesterName", "Anna Asukas", "sensitiveRequesterEmail", "anna@example.com",
                    "language", "fi", "channel", "DESK", "receivedAt", TestClock.today().toString(),
                    "requestType", "PAYMENT"))).hasMessageContaining("unknown request type 'PAYMENT'");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.privacy_case", Long.class)).isEqualTo(before);
    }
}
