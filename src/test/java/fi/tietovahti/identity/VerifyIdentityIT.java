package fi.tietovahti.identity;

import fi.tietovahti.processes.VerifyIdentityProcess;

import fi.tietovahti.testsupport.TestClock;
import static fi.tietovahti.testsupport.TestInfrastructure.letter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.NewCase;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.identity.simulator.SignatureSimulator;
import fi.tietovahti.testsupport.InfrastructureInitializer;
import fi.tietovahti.testsupport.TietovahtiTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestTemplate;

/** verify-identity, every path: desk check, e-signature, reminder and expiry, bad input and failing provider. */
@TietovahtiTest
class VerifyIdentityIT {

    private static final Pattern SIGNING_URL = Pattern.compile("(http://\\S+/simulator/esign/sign/\\S+)");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseRegistry cases;
    @Autowired
    SignatureSimulator simulator;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
        simulator.failNextRequests(0);
    }

    private PrivacyCase newCase(String language, String email) {
        return cases.open(new NewCase(PrivacyCase.Type.ACCESS, TestClock.now(), language, PrivacyCase.Channel.EMAIL,
                "Aino Virtanen", email, null));
    }

    private ProcessInstance verify(PrivacyCase kase, boolean deskCheck) {
        return runtime.startProcessInstanceByKey(VerifyIdentityProcess.KEY, kase.getCaseNumber(), Map.of("deskCheck", deskCheck));
    }

    private void executeJob(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    /** Submits the task's form as the logged-in handler, as Tasklist does; the assertions then run unrestricted. */
    private void completeAsHandler(Task task, Map<String, Object> variables) {
        identityService.setAuthentication("handler", java.util.List.of("privacy-handlers"));
        try {
            engine.getFormService().submitTaskForm(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** verify-identity for the case by e-signature, run until it waits for the provider's webhook. */
    private ProcessInstance awaitingSignature(PrivacyCase kase) {
        ProcessInstance pi = verify(kase, false);
        executeJob(pi, VerifyIdentityProcess.Element.REQUEST_SIGNATURE);
        executeJob(pi, VerifyIdentityProcess.Element.SEND_SIGNATURE_INVITATION);
        return pi;
    }

    private static final String CALLBACK_URL_PATH = "/esign/callback";

    private String signingRequestId(ProcessInstance pi) {
        return (String) runtime.getVariable(pi.getId(), "signingRequestId");
    }

    @Test
    void atTheServiceDeskTheHandlerRecordsTheDocumentAndTheCodeNeverReachesTheEngine() {
        PrivacyCase kase = newCase("fi", "aino@example.com");
        ProcessInstance pi = verify(kase, true);
        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.RECORD_DESK_CHECK);
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();

        completeAsHandler(task, Map.of("documentType", "ID_CARD", "sensitiveDocumentName", "Aino Virtanen",
                "sensitiveIdentityCode", "010594Y9032"));

        assertThat(pi).isEnded().hasPassed(VerifyIdentityProcess.Element.VERIFIED_AT_DESK);
        var vars = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list();
        assertThat(vars).extracting(v -> v.getName()).contains("identityVerified", "verifiedIdentityCodeMasked")
                .noneMatch(n -> n.startsWith("sensitive"));
        assertThat(vars).filteredOn(v -> v.getName().equals("verifiedIdentityCodeMasked"))
                .extracting(v -> v.getValue()).containsExactly("010594Y****");
        // nowhere in the engine's tables, runtime or history
        assertThat(jdbc.queryForObject("""
                select (select count(*) from public.act_hi_detail where text_ = '010594Y9032')
                     + (select count(*) from public.act_hi_varinst where text_ = '010594Y9032')
                     + (select count(*) from public.act_ru_variable where text_ = '010594Y9032')""", Integer.class))
                .isZero();
        Map<String, Object> row = jdbc.queryForMap("""
                select method, outcome, verified_hetu, checked_by, document_type from tietovahti.identity_verification
                where case_id = ?""", kase.getId());
        assertThat(row).containsEntry("method", "SERVICE_DESK").containsEntry("outcome", "VERIFIED")
                .containsEntry("verified_hetu", "010594Y9032").containsEntry("checked_by", "handler")
                .containsEntry("document_type", "ID_CARD");
    }

    @Test
    void anInvalidCodeFromTheDeskGoesBackToTheHandlerWithTheReason() {
        PrivacyCase kase = newCase("fi", "aino@example.com");
        ProcessInstance pi = verify(kase, true);
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        completeAsHandler(task, Map.of("documentType", "PASSPORT", "sensitiveDocumentName", "Aino Virtanen",
                "sensitiveIdentityCode", "010594Y9033"));

        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.RECORD_DESK_CHECK);
        assertThat((String) runtime.getVariable(pi.getId(), "deskCheckError")).contains("check character");
        assertThat(runtime.getVariable(pi.getId(), "sensitiveIdentityCode")).isNull();

        Task again = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        completeAsHandler(again, Map.of("documentType", "PASSPORT", "sensitiveDocumentName", "Aino Virtanen",
                "sensitiveIdentityCode", "010594Y9032"));
        assertThat(pi).isEnded().hasPassed(VerifyIdentityProcess.Element.VERIFIED_AT_DESK);
    }

    @Test
    void byESignatureTheRequesterSignsOnTheProvidersPageAndTheProcessGoesOn() throws Exception {
        PrivacyCase kase = newCase("sv", "aino.sign@example.com");
        ProcessInstance pi = verify(kase, false);
        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.REQUEST_SIGNATURE);
        executeJob(pi, VerifyIdentityProcess.Element.REQUEST_SIGNATURE);
        executeJob(pi, VerifyIdentityProcess.Element.SEND_SIGNATURE_INVITATION);
        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.AWAIT_SIGNATURE);

        MimeMessage invitation = letter(kase.getCaseNumber(), "Bekräfta din identitet");
        String text = invitation.getContent().toString();
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("aino.sign@example.com");
        assertThat(invitation.getMessageID()).startsWith("<" + kase.getCaseNumber() + ".").endsWith("@hekaoy.fi>");
        assertThat(text).contains("dataombudsmannen").contains("tietosuoja@hekaoy.fi");
        Matcher url = SIGNING_URL.matcher(text);
        assertThat(url.find()).isTrue();

        // the requester opens the link and signs as herself, as a person would
        RestTemplate browser = new RestTemplate();
        // the simulator's page shows its test identities' codes masked, as every screen does
        assertThat(browser.getForObject(url.group(1), String.class)).contains("Aino Virtanen")
                .contains("010594Y****").doesNotContain("010594Y9032");
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("identity", "0");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(browser.postForObject(url.group(1), new HttpEntity<>(form, headers), String.class)).contains("200");

        assertThat(pi).isEnded().hasPassed(VerifyIdentityProcess.Element.VERIFIED_BY_SIGNATURE);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("verifiedIdentityCodeMasked").singleResult().getValue()).isEqualTo("010594Y****");
        assertThat(jdbc.queryForMap("select outcome, verified_hetu, verified_name from tietovahti.identity_verification where case_id = ?",
                kase.getId())).containsEntry("outcome", "VERIFIED").containsEntry("verified_hetu", "010594Y9032")
                .containsEntry("verified_name", "Aino Virtanen");
    }

    @Test
    void anUnsignedRequestIsRemindedThenClosedWithALetterAndALateSignatureIsRefused() throws Exception {
        PrivacyCase kase = newCase("en", "late@example.com");
        ProcessInstance pi = awaitingSignature(kase);
        String requestId = signingRequestId(pi);

        Job reminderTimer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(reminderTimer.getDuedate()).isAfter(java.util.Date.from(TestClock.now().plusSeconds(3 * 86400 - 120)));
        management.executeJob(reminderTimer.getId());
        executeJob(pi, VerifyIdentityProcess.Element.SEND_SIGNATURE_REMINDER);
        assertThat(letter(kase.getCaseNumber(), "Reminder: confirm your identity").getContent().toString())
                .contains("/simulator/esign/sign/" + requestId);
        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.AWAIT_SIGNATURE_AFTER_REMINDER);

        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
        executeJob(pi, VerifyIdentityProcess.Element.CLOSE_UNVERIFIED);
        assertThat(pi).isEnded().hasPassed(VerifyIdentityProcess.Element.NOT_VERIFIED).variables().containsEntry("identityVerified", false);
        assertThat(letter(kase.getCaseNumber(), "closed").getContent().toString())
                .contains("Data Protection Ombudsman");

        SignatureSimulator.Delivery late = simulator.complete(requestId, "Aino Virtanen", "010594Y9032");
        assertThat(late.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select outcome from tietovahti.identity_verification where provider_request_id = ?",
                String.class, requestId)).isEqualTo("EXPIRED");
    }

    @Test
    void badUnknownReplayedAndMalformedCallbacksAreRefusedAndChangeNothing() {
        PrivacyCase kase = newCase("fi", "callbacks@example.com");
        ProcessInstance pi = awaitingSignature(kase);
        String callbackUrl = InfrastructureInitializer.baseUrl() + CALLBACK_URL_PATH;
        String requestId = signingRequestId(pi);

        String body = "{\"eventId\":\"evt-forged\",\"type\":\"signing.completed\",\"signingRequestId\":\"" + requestId
                + "\",\"reference\":\"" + kase.getCaseNumber() + "\",\"signer\":{\"name\":\"Mallory\",\"nationalIdentityNumber\":\"010594Y9032\"}}";
        String forged = WebhookSignature.sign("not-the-secret", TestClock.now().getEpochSecond(), body);
        assertThat(simulator.deliver(callbackUrl, body, forged).status()).isEqualTo(401);
        assertThat(simulator.deliver(callbackUrl, body, null).status()).isEqualTo(401);

        String unknown = body.replace(requestId, "sim-unknown").replace("evt-forged", "evt-unknown");
        assertThat(simulator.deliver(callbackUrl, unknown,
                WebhookSignature.sign("simulator-webhook-secret", TestClock.now().getEpochSecond(), unknown)).status())
                .isEqualTo(404);
        String malformed = "{\"eventId\":\"evt-bad\",\"type\":\"signing.completed\"}";
        assertThat(simulator.deliver(callbackUrl, malformed,
                WebhookSignature.sign("simulator-webhook-secret", TestClock.now().getEpochSecond(), malformed)).status())
                .isEqualTo(400);
        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.AWAIT_SIGNATURE);
        assertThat(jdbc.queryForObject("select outcome from tietovahti.identity_verification where provider_request_id = ?",
                String.class, requestId)).isEqualTo("PENDING");

        SignatureSimulator.Delivery genuine = simulator.complete(requestId, "Aino Virtanen", "010594Y9032");
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(pi).isEnded();
        SignatureSimulator.Delivery replay = simulator.deliver(callbackUrl, genuine.body(), genuine.signatureHeader());
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.response()).contains("REPLAYED");
    }

    @Test
    void aGenuineCallbackWhoseReferenceNamesAnotherCaseIsRefusedAndChangesNothing() {
        PrivacyCase kase = newCase("fi", "binding@example.com");
        PrivacyCase other = newCase("fi", "other@example.com");
        ProcessInstance pi = awaitingSignature(kase);
        String callbackUrl = InfrastructureInitializer.baseUrl() + CALLBACK_URL_PATH;
        String requestId = signingRequestId(pi);
        String template = "{\"eventId\":\"%s\",\"type\":\"signing.completed\",\"signingRequestId\":\"" + requestId
                + "\",%s\"signer\":{\"name\":\"Aino Virtanen\",\"nationalIdentityNumber\":\"010594Y9032\"}}";

        String otherCase = template.formatted("evt-other-case", "\"reference\":\"" + other.getCaseNumber() + "\",");
        SignatureSimulator.Delivery refused = simulator.deliver(callbackUrl, otherCase,
                WebhookSignature.sign("simulator-webhook-secret", TestClock.now().getEpochSecond(), otherCase));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.response()).contains("MISMATCH");
        String noReference = template.formatted("evt-no-reference", "");
        assertThat(simulator.deliver(callbackUrl, noReference,
                WebhookSignature.sign("simulator-webhook-secret", TestClock.now().getEpochSecond(), noReference))
                .status()).isEqualTo(400);

        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.AWAIT_SIGNATURE);
        assertThat(jdbc.queryForObject("select outcome from tietovahti.identity_verification where provider_request_id = ?",
                String.class, requestId)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.signature_callback_event where event_id in"
                + " ('evt-other-case', 'evt-no-reference')", Integer.class)).isZero();
        // the genuine event, with its own case's reference, still goes through
        assertThat(simulator.complete(requestId, "Aino Virtanen", "010594Y9032").status()).isEqualTo(200);
        assertThat(pi).isEnded();
    }

    @Test
    void aProviderThatIsDownBecomesRetriedJobsThenAnIncident() {
        PrivacyCase kase = newCase("fi", "outage@example.com");
        ProcessInstance pi = verify(kase, false);
        simulator.failNextRequests(3);
        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
            assertThat(catchThrowable(() -> management.executeJob(job.getId()))).isNotNull();
        }
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        // the incident says what the provider answered, not what its answer echoed (the signer's address)
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getIncidentMessage())
                .contains("503").doesNotContain("outage@example.com");
        assertThat(management.getJobExceptionStacktrace(management.createJobQuery().processInstanceId(pi.getId())
                .singleResult().getId())).doesNotContain("outage@example.com");
        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.REQUEST_SIGNATURE);
    }

    @Test
    void aCaseWithoutAnEmailAddressGoesToTheDesk() {
        PrivacyCase kase = newCase("fi", null);
        ProcessInstance pi = verify(kase, false);
        executeJob(pi, VerifyIdentityProcess.Element.REQUEST_SIGNATURE);
        assertThat(pi).isWaitingAt(VerifyIdentityProcess.Element.RECORD_DESK_CHECK);
    }

    @Test
    void caseNumbersAreTvYearAndSixDigits() {
        PrivacyCase first = newCase("fi", "a@example.com");
        PrivacyCase second = newCase("fi", "b@example.com");
        assertThat(first.getCaseNumber()).matches("TV-20\\d\\d-\\d{6}");
        assertThat(Integer.parseInt(second.getCaseNumber().substring(8)))
                .isEqualTo(Integer.parseInt(first.getCaseNumber().substring(8)) + 1);
    }
}
