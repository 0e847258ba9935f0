package fi.tietovahti.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.testsupport.TestClock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cases started on the six models of before issue 14 (each right with a whole front of its own) run out on them
 * beside the new front (ADR 17: no migration). The old models are kept in src/test/resources/legacy-processes as
 * they were deployed; each test deploys them as the older version they are in a running installation, starts a
 * case on one, and walks it to its end with today's beans. The deployment is removed afterwards, so that the
 * other tests see the current models as the latest.
 */
class LegacyInstancesIT extends RequestProcessTest {

    @Override
    protected java.util.List<String> processesWalked() {
        return java.util.List.of() /* the old versions: walked in part, to their ends */;
    }


    private static final List<String> OLD_MODELS = List.of("subject-access-request", "erasure-request",
            "rectification-request", "restriction-request", "portability-request", "objection-request");

    @Autowired
    fi.tietovahti.intake.MailIntake intake;

    private Deployment legacy;

    @BeforeEach
    void deployTheOldModels() {
        var builder = repository.createDeployment().name("before-issue-14");
        for (String model : OLD_MODELS) {
            builder.addClasspathResource("legacy-processes/" + model + ".bpmn");
        }
        legacy = builder.deploy();
    }

    @AfterEach
    void removeThem() {
        repository.deleteDeployment(legacy.getId(), true, true);
    }

    private Map<String, Object> person(String condition, int offset) {
        return jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu, p.email from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3) and %s order by p.id desc offset %d limit 1"""
                .formatted(condition, offset));
    }

    /** A case started on the old model as its desk door did: the same variables, the identity checked at the desk. */
    private String startOnTheOldModel(String model, Map<String, Object> person) {
        String definition = repository.createProcessDefinitionQuery().deploymentId(legacy.getId())
                .processDefinitionKey(model).singleResult().getId();
        Map<String, Object> variables = new HashMap<>();
        variables.put("sensitiveRequesterName", person.get("name"));
        variables.put("sensitiveRequesterEmail", "legacy." + person.get("id") + "@example.com");
        variables.put("language", "fi");
        variables.put("channel", "DESK");
        variables.put("receivedAt", Date.from(TestClock.now()));
        variables.put("deskCheck", true);
        variables.put("onBehalfOfMinor", false);
        String pi = runtime.startProcessInstanceById(definition, variables).getId();
        driver.runJobs(pi);
        driver.completeAsHandler(pi, "RecordDeskCheck", Map.of("documentType", "ID_CARD",
                "sensitiveDocumentName", person.get("name"), "sensitiveIdentityCode", person.get("hetu")));
        assertThat(driver.instance(pi).getProcessDefinitionId()).as("still on the old model").isEqualTo(definition);
        return pi;
    }

    private String caseNumber(String pi) {
        return driver.instance(pi).getBusinessKey();
    }

    @Test
    void anObjectionStartedOnTheOldModelIsAnsweredAndClosedThere() {
        Map<String, Object> respondent = person("exists (select 1 from tietovahti.feedback f where f.person_id = p.id)",
                11);
        String pi = startOnTheOldModel("objection-request", respondent);
        String caseNumber = caseNumber(pi);
        assertThat(cases.byNumber(caseNumber).getCaseType()).isEqualTo(PrivacyCase.Type.OBJECTION);
        driver.completeAsHandler(pi, "BalanceObjection", Map.of("objectionTarget", "SURVEYS",
                "objectionDecision", "REFUSED", "sensitiveBalancing", "The answers are needed for a pending claim"));
        assertThat(driver.instance(pi)).isNull();
        assertThat(driver.passed(pi, "CloseCase")).isOne();
        PrivacyCase closed = cases.byNumber(caseNumber);
        assertThat(closed.getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
                .as("nothing of the new front started for it").isZero();
    }

    @Test
    void aRestrictionOnTheOldModelRefusesALateWithdrawalAndLivesOnUntilLifted() {
        Map<String, Object> subscriber = person("""
                exists (select 1 from tietovahti.newsletter_subscriber s
                        where lower(s.email) = lower(p.email) and s.unsubscribed_at is null)""", 9);
        String pi = startOnTheOldModel("restriction-request", subscriber);
        String caseNumber = caseNumber(pi);
        String decide = driver.task(pi, "DecideRestriction").getId();
        identityService.setAuthentication("handler", List.of("privacy-handlers"));
        try {
            forms.submitTaskForm(decide, Map.of("restrictionGround", "ACCURACY_CONTESTED",
                    "restrictedCategories", List.of("newsletter.subscription")));
        } finally {
            identityService.clearAuthentication();
        }
        driver.runJobsExcept(pi, "SendRestrictionLetter");
        // a case carried out before the upgrade said so in a variable only, not on the case
        jdbc.update("update tietovahti.privacy_case set carried_out_at = null where case_number = ?", caseNumber);
        runtime.setVariable(pi, "carriedOut", true);
        String acknowledgement = jdbc.queryForObject("""
                select message_id from tietovahti.mail_outbox where case_number = ? order by id limit 1""",
                String.class, caseNumber);
        intake.take(("From: Asukas <legacy@example.com>\r\nTo: tietosuoja@hekaoy.fi\r\nSubject: Re: pyyntö\r\n"
                + "Message-ID: <legacy." + System.nanoTime() + "@example.com>\r\nIn-Reply-To: " + acknowledgement
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPeruutan pyyntöni.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertThatThrownBy(() -> driver.completeAsHandler(pi, "ReadRequesterMessage",
                Map.of("requesterMessageAction", "WITHDRAWN"))).hasMessageContaining("can no longer be withdrawn");
        driver.completeAsHandler(pi, "ReadRequesterMessage", Map.of("requesterMessageAction", "NOTED"));
        driver.runJobs(pi);
        assertThat(cases.byNumber(caseNumber).getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        // the old model keeps the restriction's life in its own instance, as it did
        assertThat(driver.instance(pi).getProcessDefinitionId()).contains("restriction-request");
        driver.completeAsHandler(pi, "RestrictionInForce", Map.of("sensitiveLiftReason", "Verified: the data is right"));
        driver.fireTimer(pi, "LiftingNoticeRuns");
        assertThat(driver.instance(pi)).isNull();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("restriction-in-force")
                .processInstanceBusinessKey(caseNumber).count()).as("no second restriction process").isZero();
    }
}
