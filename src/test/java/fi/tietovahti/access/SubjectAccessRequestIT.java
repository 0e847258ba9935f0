package fi.tietovahti.access;

import fi.tietovahti.processes.PrivacyRequestProcess;
import fi.tietovahti.processes.SubjectAccessRequestProcess;
import fi.tietovahti.processes.VerifyIdentityProcess;

import fi.tietovahti.request.PrivacyRequests;
import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.request.RequestDriver;

import fi.tietovahti.testsupport.TestClock;
import static fi.tietovahti.testsupport.TestInfrastructure.letter;
import static fi.tietovahti.request.RequestDriver.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.deadline.LegalDeadlines;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.identity.WebhookSignature;
import fi.tietovahti.identity.simulator.SignatureSimulator;
import fi.tietovahti.letters.AccessReportRenderer;
import fi.tietovahti.testsupport.InfrastructureInitializer;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * subject-access-request end to end on the real engine, PostgreSQL, GreenMail and the e-signature simulator: every
 * door, every path of the diagram, the deadlines, the redaction, the report read back with docx4j and the secure
 * delivery fetched over HTTP as a browser would.
 */
@TietovahtiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubjectAccessRequestIT {

    private static final Pattern DELIVERY_LINK = Pattern.compile("(http://\\S+/delivery/[A-Za-z0-9_-]+)");
    private static final String SECRET = "simulator-webhook-secret";
    private static final String BASE = "http://localhost:" + InfrastructureInitializer.PORT;

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
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseRegistry cases;
    @Autowired
    CaseDocuments documents;
    @Autowired
    RequestDoors doors;
    @Autowired
    AccessProperties accessProperties;
    @Autowired
    SignatureSimulator simulator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    fi.tietovahti.registers.PersonalDataSources sources;
    @Autowired
    fi.tietovahti.registers.tenancy.ResidentDirectory residents;

    @Autowired
    fi.tietovahti.intake.MailIntake intake;

    RequestDriver driver;

    /** The instances this class started: the coverage check looks at these only. */
    private static final java.util.Set<String> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeEach
    void setUp() {
        init(engine);
        driver = new RequestDriver(runtime, management, tasks, identityService, forms, history);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        accessProperties.setStraightThrough(false);
        // forms were submitted as Tasklist submits them: no sensitive field in any history table (variables, or
        // the form properties a submitted form records)
        assertThat(jdbc.queryForObject("select (select count(*) from public.act_hi_detail where name_ like 'sensitive%')"
                + " + (select count(*) from public.act_hi_varinst where name_ like 'sensitive%')", Integer.class))
                .isZero();
    }

    // ---- helpers

    private RequestDoors.Started startByRest(String language, String email, Instant receivedAt, boolean desk,
                                                   boolean guardian) {
        Map<String, Object> body = new HashMap<>();
        body.put("requesterName", "Aino Virtanen");
        body.put("requesterEmail", email);
        body.put("language", language);
        body.put("receivedAt", receivedAt == null ? null : receivedAt.toString());
        body.put("identityCheckedAtDesk", desk);
        body.put("onBehalfOfMinor", guardian);
        ResponseEntity<Map> created = rest.withBasicAuth("handler", "handler")
                .postForEntity("/api/access-requests", body, Map.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) created.getBody().get("caseNumber");
        STARTED.add((String) created.getBody().get("processInstanceId"));
        assertThat(created.getHeaders().getLocation()).hasToString("/api/access-requests/" + caseNumber);
        return new RequestDoors.Started(caseNumber, (String) created.getBody().get("processInstanceId"));
    }

    private void deskCheck(String pi, String name, String code) {
        driver.completeAsHandler(pi, VerifyIdentityProcess.Element.RECORD_DESK_CHECK, Map.of("documentType", "ID_CARD",
                "sensitiveDocumentName", name, "sensitiveIdentityCode", code));
    }

    private PrivacyCase kase(String caseNumber) {
        return cases.byNumber(caseNumber);
    }

    private String signingRequestId(String pi) {
        for (String id : driver.instanceIds(pi)) {
            Object v = runtime.getVariable(id, "signingRequestId");
            if (v != null) {
                return (String) v;
            }
        }
        throw new AssertionError("no signing request in " + pi);
    }

    /** A main tenant whose collected data carries nobody else's: the straight-through path applies. */
    private Map<String, Object> residentWithoutThirdPartyData() {
        for (Map<String, Object> p : jdbc.queryForList("""
                select p.id, p.first_name, p.last_name, p.hetu from tietovahti.person p
                where p.hetu is not null and p.id > 3 order by p.id limit 200""")) {
            long id = ((Number) p.get("id")).longValue();
            if (sources.collect(residents.subjectOf(List.of(id))).stream().noneMatch(r -> r.carriesThirdPartyData())) {
                return p;
            }
        }
        throw new AssertionError("the demo data has no resident without other people's data");
    }

    // ---- the paths

    @Test
    void byESignatureWithRedactionTheReportReachesOnlyTheVerifiedRequesterThroughTheSecureLink() throws Exception {
        RequestDoors.Started started = startByRest("fi", "aino.virtanen@example.com", null, false, false);
        String pi = started.processInstanceId();
        ProcessInstance instance = driver.instance(pi);
        assertThat(instance.getBusinessKey()).isEqualTo(started.caseNumber()).matches("TV-\\d{4}-\\d{6}");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
                .extracting(v -> v.getName()).noneMatch(n -> n.startsWith("sensitive"));

        driver.runJobs(pi);
        String ack = text(letter(started.caseNumber(), "Tarkastuspyyntösi on vastaanotettu"));
        PrivacyCase opened = kase(started.caseNumber());
        assertThat(ack).contains(started.caseNumber())
                .contains(LegalDeadlines.receiptDate(opened.getReceivedAt()).plusMonths(1).getYear() + "")
                .doesNotContain("Aino").contains("tietosuojavaltuutetulle");
        assertThat(opened.getLegalDeadline()).isAfterOrEqualTo(TestClock.today().plusDays(28));
        assertThat(opened.getInternalTarget()).isEqualTo(TestClock.today().plusDays(30));
        assertThat(instance).isWaitingAt(PrivacyRequestProcess.Element.ANSWER_REQUEST);

        // the requester signs on the provider's page as herself
        simulator.complete(signingRequestId(pi), "Aino Maria Virtanen", DemoDataGenerator.SHOWCASE_HETU);
        driver.runJobs(pi);

        // Aino's data carries other people's: a handler reviews
        Task review = driver.task(pi, SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT);
        assertThat(review.getDueDate()).isEqualTo(Date.from(LegalDeadlines.endOf(opened.getLegalDeadline())));
        assertThat(review.getFollowUpDate()).isEqualTo(Date.from(LegalDeadlines.endOf(opened.getInternalTarget())));
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
                .contains("privacy-handlers");
        SpinJsonNode items = (SpinJsonNode) tasks.getVariableLocal(review.getId(), "sensitiveThirdPartyItems");
        assertThat(items.elements()).isNotEmpty();
        // redact one complainant everywhere they appear
        SpinJsonNode complainant = items.elements().stream()
                .filter(i -> i.prop("id").stringValue().endsWith("|complainant")).findFirst().orElseThrow();
        String redactedName = complainant.prop("value").stringValue();
        List<String> redact = items.elements().stream()
                .filter(i -> i.prop("value").stringValue().equals(redactedName))
                .map(i -> i.prop("id").stringValue()).toList();
        assertThatThrownBy(() -> driver.completeAsHandler(pi, SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT, Map.of("redactedItems", redact)))
                .hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT, Map.of(
                "redactedItems", List.of("ledger_entry:1|amount"), "sensitiveRedactionReason", "x")))
                .hasMessageContaining("not an item that carries someone else's data");
        driver.completeAsHandler(pi, SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT, Map.of("redactedItems", redact,
                "sensitiveRedactionReason", "Ilmoittajan henkilöllisyys suojataan (naapurin oikeudet)"));

        assertThat(driver.instance(pi)).isNull();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getEndActivityId())
                .isEqualTo(PrivacyRequestProcess.Element.REQUEST_ANSWERED);
        PrivacyCase closed = kase(started.caseNumber());
        assertThat(closed.getOutcome()).isEqualTo(PrivacyCase.Outcome.DELIVERED);
        assertThat(closed.getOnTimeLegal()).isTrue();
        assertThat(closed.getOnTimeTarget()).isTrue();
        assertThat(closed.getStraightThrough()).isFalse();
        assertThat(jdbc.queryForList("select redacted_by, reason from tietovahti.access_redaction where case_id = ?",
                closed.getId())).hasSize(redact.size())
                .allSatisfy(r -> assertThat(r).containsEntry("redacted_by", "handler"));

        // the report: the complainant is gone, the rest is there, the identity code masked
        byte[] docx = documents.content(closed.getId(), CaseDocuments.Kind.REPORT_DOCX).orElseThrow();
        String report = AccessReportRenderer.textOf(docx);
        assertThat(report).doesNotContain(redactedName).contains("[poistettu: toisen henkilön tieto]").contains(started.caseNumber())
                .contains("Aino Virtanen").doesNotContain(DemoDataGenerator.SHOWCASE_HETU).contains("010594Y****")
                .contains("tietosuojavaltuutet");
        byte[] portable = documents.content(closed.getId(), CaseDocuments.Kind.PORTABLE_JSON).orElseThrow();
        assertThat(new String(portable, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(redactedName);

        // the delivery letter carries a link and nothing else
        String notice = text(letter(started.caseNumber(), "Vastaus pyyntöösi on valmis"));
        assertThat(notice).doesNotContain("Aino").doesNotContain("010594");
        Matcher link = DELIVERY_LINK.matcher(notice);
        assertThat(link.find()).isTrue();
        String url = link.group(1);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // the link alone opens nothing
        assertThat(get(browser, url + "/files").statusCode()).isEqualTo(401);
        assertThat(get(browser, url + "/files/REPORT_PDF").statusCode()).isEqualTo(401);
        assertThat(get(browser, url).body()).doesNotContain(started.caseNumber()).doesNotContain("Aino");
        // someone else identifies: still nothing
        HttpResponse<String> identify = post(browser, url + "/identify");
        assertThat(identify.statusCode()).isEqualTo(303);
        String otherSigning = identify.headers().firstValue("Location").orElseThrow();
        SignatureSimulator.Delivery other = simulator.complete(otherSigning.substring(otherSigning.lastIndexOf('/') + 1),
                "Mikko Korhonen", DemoDataGenerator.SHOWCASE_SPOUSE_HETU);
        assertThat(other.status()).isEqualTo(200);
        assertThat(get(browser, url + "/files").statusCode()).isEqualTo(401);
        // the same webhook again is a replay: refused
        SignatureSimulator.Delivery replay = simulator.deliver(BASE + "/delivery/callback", other.body(),
                other.signatureHeader());
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.response()).contains("REPLAYED");
        // someone holding the link starts an identification and gets the requester to sign it elsewhere (the
        // provider mails signing links to the signer): the webhook says "Aino", but the browser that started it
        // never comes back with the state, so it gets nothing
        HttpClient holder = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String borrowed = post(holder, url + "/identify").headers().firstValue("Location").orElseThrow();
        simulator.complete(borrowed.substring(borrowed.lastIndexOf('/') + 1), "Aino Virtanen",
                DemoDataGenerator.SHOWCASE_HETU);
        assertThat(get(holder, url + "/files").statusCode()).isEqualTo(401);
        assertThat(get(holder, url + "/return?state=guessed").statusCode()).isEqualTo(401);

        // the requester identifies on the provider's page; back too early (before the webhook), the page waits
        identify = post(browser, url + "/identify");
        String signing = identify.headers().firstValue("Location").orElseThrow();
        String signingId = signing.substring(signing.lastIndexOf('/') + 1);
        // a genuinely signed event for this identification that names another case is refused and opens nothing
        String elsewhere = "{\"eventId\":\"evt-elsewhere\",\"type\":\"signing.completed\",\"signingRequestId\":\""
                + signingId + "\",\"reference\":\"TV-1999-000001\",\"signer\":{\"name\":\"Aino Virtanen\","
                + "\"nationalIdentityNumber\":\"" + DemoDataGenerator.SHOWCASE_HETU + "\"}}";
        SignatureSimulator.Delivery mismatch = simulator.deliver(BASE + "/delivery/callback", elsewhere,
                WebhookSignature.sign(SECRET, TestClock.now().getEpochSecond(), elsewhere));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.response()).contains("MISMATCH");
        String returnUrl = simulator.returnUrlOf(signingId);
        assertThat(returnUrl).startsWith(url + "/return?state=");
        HttpResponse<String> early = get(browser, returnUrl);
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.headers().firstValue("Refresh")).isPresent();
        assertThat(get(browser, url + "/files").statusCode()).isEqualTo(401);
        HttpResponse<String> signed = browser.send(HttpRequest.newBuilder(URI.create(signing))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("identity=0")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signed.statusCode()).isEqualTo(303);
        assertThat(signed.headers().firstValue("Location").orElseThrow()).isEqualTo(returnUrl);
        HttpResponse<String> back = get(browser, returnUrl);
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/files");
        HttpResponse<String> files = get(browser, url + "/files");
        assertThat(files.statusCode()).isEqualTo(200);
        assertThat(files.body()).contains(started.caseNumber() + "-fi.pdf").contains("REPORT_DOCX");
        HttpResponse<byte[]> pdf = browser.send(HttpRequest.newBuilder(URI.create(url + "/files/REPORT_PDF")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.delivery_download d join tietovahti.secure_delivery s
                on s.id = d.delivery_id where s.case_id = ? and d.document_kind = 'REPORT_PDF'""", Integer.class,
                closed.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.delivery_session ds join tietovahti.secure_delivery s
                on s.id = ds.delivery_id where s.case_id = ? and ds.refused_at is not null""", Integer.class,
                closed.getId())).isEqualTo(1);

        // a link cannot start identifications without end (each is a request to the provider)
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = post(holder, url + "/identify").statusCode();
        }
        assertThat(status).isEqualTo(429);
        assertThat(get(browser, url + "/files").statusCode()).isEqualTo(200); // the identified session still works

        // after expiry, nothing opens, not even with the identified session
        jdbc.update("update tietovahti.secure_delivery set expires_at = ? where case_id = ?",
                java.sql.Timestamp.from(TestClock.now().minusSeconds(1)), closed.getId());
        assertThat(get(browser, url + "/files").statusCode()).isEqualTo(410);
        assertThat(get(browser, url + "/files/REPORT_PDF").statusCode()).isEqualTo(410);
        assertThat(get(browser, url).statusCode()).isEqualTo(410);
        assertThat(post(browser, url + "/identify").statusCode()).isEqualTo(410);
        assertThat(get(browser, BASE + "/delivery/notAValidTokenButLongEnough12345").statusCode()).isEqualTo(404);

        // the answer itself is now in Aino's data: what was delivered, how much was redacted, how often opened
        var answers = sources.collect(residents.subjectOf(List.of(closed.getSubjectPersonId()))).stream()
                .filter(r -> r.category().equals("access-answers.answer")
                        && started.caseNumber().equals(r.fields().get("caseNumber"))).toList();
        assertThat(answers).singleElement().satisfies(r -> {
            assertThat(r.fields()).containsEntry("redactionCount", redact.size()).containsEntry("downloadCount", 1);
            assertThat((Integer) r.fields().get("recordCount")).isGreaterThan(100);
        });

        // the case view shows the whole story
        Map<String, Object> state = rest.withBasicAuth("dpo", "dpo")
                .getForObject("/api/access-requests/" + started.caseNumber(), Map.class);
        assertThat(state).containsEntry("outcome", "DELIVERED").containsEntry("onTimeLegal", true)
                .containsEntry("straightThrough", false);
        assertThat((List<?>) state.get("documents")).hasSize(3);

        // erasing the answers removes the copies (snapshot, redactions and their reasons, documents) of answered
        // requests, and keeps the case and the delivery log
        var plan = new fi.tietovahti.registers.ErasurePlan(Map.of("access-answers.answer",
                fi.tietovahti.registers.ErasureAction.ERASE));
        sources.erase(residents.subjectOf(List.of(closed.getSubjectPersonId())), plan);
        assertThat(jdbc.queryForObject("""
                select (select count(*) from tietovahti.access_snapshot_record where case_id = ?)
                     + (select count(*) from tietovahti.access_redaction where case_id = ?)
                     + (select count(*) from tietovahti.case_document where case_id = ?)""", Integer.class,
                closed.getId(), closed.getId(), closed.getId())).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.delivery_download d join tietovahti.secure_delivery s
                on s.id = d.delivery_id where s.case_id = ?""", Integer.class, closed.getId())).isEqualTo(1);
        assertThat(kase(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.DELIVERED);
    }

    @Test
    void theDeliveryCallbackRefusesBadSignaturesUnknownRequestsAndMalformedEvents() {
        String callback = BASE + "/delivery/callback";
        String body = "{\"eventId\":\"evt-x1\",\"type\":\"signing.completed\",\"signingRequestId\":\"sim-unknown\","
                + "\"reference\":\"TV-2026-000001\",\"signer\":{\"name\":\"Aino Virtanen\",\"nationalIdentityNumber\":\"010594Y9032\"}}";
        assertThat(simulator.deliver(callback, body, "t=1,v1=00").status()).isEqualTo(401);
        String header = WebhookSignature.sign(SECRET, TestClock.now().getEpochSecond(), body);
        assertThat(simulator.deliver(callback, body, header).status()).isEqualTo(404);
        // the refused event was not recorded: the same event id is refused for the same reason, not as a replay
        assertThat(simulator.deliver(callback, body, header).status()).isEqualTo(404);
        assertThat(simulator.deliver(callback, "not json", WebhookSignature.sign(SECRET,
                TestClock.now().getEpochSecond(), "not json")).status()).isEqualTo(400);
    }

    @Test
    void byESignatureWithTheStraightThroughSwitchOnAndNobodyElsesDataTheReportGoesOutWithoutAReview() throws Exception {
        accessProperties.setStraightThrough(true);
        Map<String, Object> resident = residentWithoutThirdPartyData();
        String name = resident.get("first_name") + " " + resident.get("last_name");
        RequestDoors.Started started = startByRest("en", "straight@example.com", null, false, false);
        driver.runJobs(started.processInstanceId());
        simulator.complete(signingRequestId(started.processInstanceId()), name, (String) resident.get("hetu"));
        driver.runJobs(started.processInstanceId());

        assertThat(driver.instance(started.processInstanceId())).isNull();
        assertThat(driver.passed(started.processInstanceId(), SubjectAccessRequestProcess.Element.COLLECT_PERSONAL_DATA)).isOne();
        assertThat(driver.passed(started.processInstanceId(), SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT)).isZero();
        PrivacyCase closed = kase(started.caseNumber());
        assertThat(closed.getStraightThrough()).isTrue();
        assertThat(closed.getOutcome()).isEqualTo(PrivacyCase.Outcome.DELIVERED);
        assertThat(closed.getSubjectPersonId()).isEqualTo(((Number) resident.get("id")).longValue());
        assertThat(text(letter(started.caseNumber(), "The answer to your request is ready"))).contains("/delivery/");
        String report = AccessReportRenderer.textOf(documents.content(closed.getId(), CaseDocuments.Kind.REPORT_DOCX)
                .orElseThrow());
        assertThat(report).contains((String) resident.get("last_name")).contains("Data Protection Ombudsman");
        assertThat(driver.historicVariable(started.processInstanceId(), "straightThrough")).isEqualTo(true);
    }

    @Test
    void fromTheDeskStartFormTheHandlersOwnCheckIsReviewedEvenWithTheSwitchOn() throws Exception {
        accessProperties.setStraightThrough(true);
        Map<String, Object> resident = residentWithoutThirdPartyData();
        String name = resident.get("first_name") + " " + resident.get("last_name");
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(RequestDoors.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        assertThat(forms.getDeployedStartForm(definition)).isNotNull();
        identityService.setAuthentication("handler", List.of("privacy-handlers"));
        ProcessInstance pi;
        try {
            pi = forms.submitStartForm(definition, Map.of("sensitiveRequesterName", name,
                    "sensitiveRequesterEmail", "desk.visitor@example.com", "language", "sv", "channel", "DESK",
                    "receivedAt", TestClock.today().toString(), "deskCheck", true, "requestType", "ACCESS"));
        } finally {
            identityService.clearAuthentication();
        }
        STARTED.add(pi.getId());
        String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .extracting(v -> v.getName()).noneMatch(n -> n.startsWith("sensitive"));
        driver.runJobs(pi.getId());
        letter(caseNumber, "Vi har tagit emot din begäran");
        Task desk = driver.task(pi.getId(), VerifyIdentityProcess.Element.RECORD_DESK_CHECK);
        assertThat(desk.getDueDate()).isEqualTo(Date.from(LegalDeadlines.endOf(kase(caseNumber).getLegalDeadline())));
        deskCheck(pi.getId(), name, (String) resident.get("hetu"));

        // the verification record names the handler who checked the document: someone else's data, so reviewed
        Task review = driver.task(pi.getId(), SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT);
        SpinJsonNode items = (SpinJsonNode) tasks.getVariableLocal(review.getId(), "sensitiveThirdPartyItems");
        assertThat(items.elements()).extracting(i -> i.prop("id").stringValue()).singleElement().asString()
                .endsWith("|checkedBy");
        assertThat(items.elements().get(0).prop("field").stringValue()).isEqualTo("Tarkistaja");
        driver.completeAsHandler(pi.getId(), SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT, Map.of("redactedItems", List.of()));

        PrivacyCase closed = kase(caseNumber);
        assertThat(closed.getStraightThrough()).isFalse();
        assertThat(closed.getOutcome()).isEqualTo(PrivacyCase.Outcome.DELIVERED);
        assertThat(text(letter(caseNumber, "Svaret på din begäran är klart"))).contains("/delivery/");
        String report = AccessReportRenderer.textOf(documents.content(closed.getId(), CaseDocuments.Kind.REPORT_DOCX)
                .orElseThrow());
        assertThat(report).contains((String) resident.get("last_name")).contains("dataombudsmannen");
    }

    @Test
    void anUnverifiedRequestIsClosedWithALetterAfterTheReminderAndTheExpiry() throws Exception {
        RequestDoors.Started started = startByRest("en", "nobody.signs@example.com", null, false, false);
        String pi = started.processInstanceId();
        driver.runJobs(pi);
        letter(started.caseNumber(), "We have received your subject-access request");
        driver.fireTimer(pi, VerifyIdentityProcess.Element.REMINDER_DUE);
        letter(started.caseNumber(), "Reminder: confirm your identity");
        driver.fireTimer(pi, VerifyIdentityProcess.Element.SIGNING_EXPIRED);
        assertThat(text(letter(started.caseNumber(), "identity was not confirmed"))).contains(started.caseNumber());
        assertThat(driver.instance(pi)).isNull();
        assertThat(kase(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.UNVERIFIED);
        assertThat(driver.passed(pi, SubjectAccessRequestProcess.Element.COLLECT_PERSONAL_DATA)).isZero();
    }

    @Test
    void somebodyWithoutDataGetsTheNoDataLetter() throws Exception {
        RequestDoors.Started started = startByRest("fi", "maija@example.com", null, true, false);
        driver.runJobs(started.processInstanceId());
        deskCheck(started.processInstanceId(), "Maija Meikäläinen", "010170-902L");
        assertThat(driver.instance(started.processInstanceId())).isNull();
        assertThat(text(letter(started.caseNumber(), "tietoja ei ole"))).contains(started.caseNumber());
        PrivacyCase closed = kase(started.caseNumber());
        assertThat(closed.getOutcome()).isEqualTo(PrivacyCase.Outcome.NO_DATA);
        assertThat(closed.getOnTimeLegal()).isTrue();
        assertThat(documents.list(closed.getId())).isEmpty();
    }

    @Test
    void twoResidentsFitAndTheHandlerChoosesOneOfThemOrNone() throws Exception {
        LocalDate birth = LocalDate.of(1979, 7, 14);
        for (int i = 0; i < 2; i++) {
            jdbc.update("insert into tietovahti.person (first_name, last_name, birth_date) values ('Ville', 'Vaihdokas', ?)",
                    java.sql.Date.valueOf(birth));
        }
        List<Long> ids = jdbc.queryForList("select id from tietovahti.person where last_name = 'Vaihdokas' order by id",
                Long.class);
        String code = PersonalIdentityCode.of(birth, 961, '-').value();

        RequestDoors.Started chosen = startByRest("fi", "ville@example.com", null, true, false);
        driver.runJobs(chosen.processInstanceId());
        deskCheck(chosen.processInstanceId(), "Ville Vaihdokas", code);
        Task choose = driver.task(chosen.processInstanceId(), PrivacyRequestProcess.Element.CHOOSE_DATA_SUBJECT);
        SpinJsonNode options = (SpinJsonNode) tasks.getVariableLocal(choose.getId(), "sensitiveCandidateOptions");
        assertThat(options.elements()).extracting(o -> o.prop("value").stringValue())
                .containsExactly(ids.get(0).toString(), ids.get(1).toString(), "NONE");
        assertThat(options.elements().get(0).prop("label").stringValue()).isEqualTo("Ville Vaihdokas, 14.7.1979");
        assertThatThrownBy(() -> driver.completeAsHandler(chosen.processInstanceId(), PrivacyRequestProcess.Element.CHOOSE_DATA_SUBJECT,
                Map.of("subjectChoice", "1"))).hasMessageContaining("not among the candidates");
        driver.submit(chosen.processInstanceId(), PrivacyRequestProcess.Element.CHOOSE_DATA_SUBJECT, "handler", List.of("privacy-handlers"),
                Map.of("subjectChoice", ids.get(1).toString()));
        // the submit records the choice; the collection from every register runs in a job, not in the handler's
        // request (a slow register must not time out Tasklist's submit, and a failing one is retried)
        assertThat(kase(chosen.caseNumber()).getSubjectPersonId()).isEqualTo(ids.get(1));
        assertThat(management.createJobQuery().processInstanceId(chosen.processInstanceId())
                .activityId(PrivacyRequestProcess.Element.RECORD_SUBJECT_CHOICE).count()).isOne();
        assertThat(driver.passed(chosen.processInstanceId(), SubjectAccessRequestProcess.Element.COLLECT_PERSONAL_DATA)).isZero();
        driver.runJobs(chosen.processInstanceId());
        // nobody else's data, but the switch is off: a handler still reviews
        assertThat(driver.task(chosen.processInstanceId(), SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT)).isNotNull();
        driver.completeAsHandler(chosen.processInstanceId(), SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT, Map.of());
        assertThat(kase(chosen.caseNumber()).getSubjectPersonId()).isEqualTo(ids.get(1));
        assertThat(kase(chosen.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.DELIVERED);

        RequestDoors.Started none = startByRest("sv", "ville@example.com", null, true, false);
        driver.runJobs(none.processInstanceId());
        deskCheck(none.processInstanceId(), "Ville Vaihdokas", code);
        driver.completeAsHandler(none.processInstanceId(), PrivacyRequestProcess.Element.CHOOSE_DATA_SUBJECT, Map.of("subjectChoice", "NONE"));
        assertThat(kase(none.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.NO_DATA);
        letter(none.caseNumber(), "Svar på din begäran: inga uppgifter");
    }

    @Test
    void aGuardiansRequestGoesToAHandlerWhoChoosesTheChildOrRefuses() throws Exception {
        long child = jdbc.queryForObject("""
                select o2.person_id from tietovahti.person p join tietovahti.occupancy o on o.person_id = p.id
                join tietovahti.occupancy o2 on o2.tenancy_id = o.tenancy_id and o2.role = 'MINOR'
                where p.hetu = ? order by o2.person_id limit 1""", Long.class, DemoDataGenerator.SHOWCASE_HETU);

        RequestDoors.Started approved = startByRest("en", "aino.guardian@example.com", null, true, true);
        driver.runJobs(approved.processInstanceId());
        deskCheck(approved.processInstanceId(), "Aino Virtanen", DemoDataGenerator.SHOWCASE_HETU);
        Task review = driver.task(approved.processInstanceId(), PrivacyRequestProcess.Element.REVIEW_GUARDIAN_REQUEST);
        SpinJsonNode options = (SpinJsonNode) tasks.getVariableLocal(review.getId(), "sensitiveCandidateOptions");
        assertThat(options.elements()).extracting(o -> o.prop("value").stringValue()).contains(Long.toString(child), "NONE");
        assertThatThrownBy(() -> driver.completeAsHandler(approved.processInstanceId(), PrivacyRequestProcess.Element.REVIEW_GUARDIAN_REQUEST,
                Map.of("subjectChoice", Long.toString(child)))).hasMessageContaining("guardianship");
        driver.completeAsHandler(approved.processInstanceId(), PrivacyRequestProcess.Element.REVIEW_GUARDIAN_REQUEST, Map.of(
                "subjectChoice", Long.toString(child), "sensitiveGuardianshipNote", "Checked from the population register"));
        driver.completeAsHandler(approved.processInstanceId(), SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT, Map.of());
        PrivacyCase delivered = kase(approved.caseNumber());
        assertThat(delivered.getSubjectPersonId()).isEqualTo(child);
        assertThat(delivered.getOutcome()).isEqualTo(PrivacyCase.Outcome.DELIVERED);
        assertThat(jdbc.queryForObject("select guardianship_note from tietovahti.privacy_case where id = ?",
                String.class, delivered.getId())).isEqualTo("Checked from the population register");

        RequestDoors.Started refused = startByRest("fi", "aino.guardian@example.com", null, true, true);
        driver.runJobs(refused.processInstanceId());
        deskCheck(refused.processInstanceId(), "Aino Virtanen", DemoDataGenerator.SHOWCASE_HETU);
        driver.completeAsHandler(refused.processInstanceId(), PrivacyRequestProcess.Element.REVIEW_GUARDIAN_REQUEST, Map.of(
                "subjectChoice", "NONE", "sensitiveGuardianshipNote", "No evidence of custody shown"));
        assertThat(kase(refused.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.REFUSED);
        letter(refused.caseNumber(), "alaikäisen puolesta");
    }

    @Test
    void aDeadlineAtRiskReachesTheDpoWhoExtendsItWithinTheFirstMonth() throws Exception {
        Instant received = TestClock.now().minus(25, ChronoUnit.DAYS);
        // from the address the tenancy register holds: the case file register then finds this case for her report
        String email = jdbc.queryForObject("select email from tietovahti.person where hetu = ?", String.class,
                DemoDataGenerator.SHOWCASE_HETU);
        RequestDoors.Started started = startByRest("fi", email, received, true, false);
        String pi = started.processInstanceId();
        driver.runJobs(pi);
        LocalDate deadline = kase(started.caseNumber()).getLegalDeadline();
        assertThat(management.createJobQuery().processInstanceId(pi).activityId(PrivacyRequestProcess.Element.DEADLINE_AT_RISK_START).singleResult()
                .getDuedate()).isEqualTo(Date.from(deadline.minusDays(7).atTime(8, 0)
                .atZone(LegalDeadlines.HELSINKI).toInstant()));
        driver.fireTimer(pi, PrivacyRequestProcess.Element.DEADLINE_AT_RISK_START);

        Task decide = driver.task(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE);
        assertThat(tasks.getIdentityLinksForTask(decide.getId())).extracting(l -> l.getGroupId()).containsExactly("dpo");
        assertThat(decide.getDueDate()).isEqualTo(Date.from(LegalDeadlines.endOf(deadline)));
        assertThat(driver.task(pi, VerifyIdentityProcess.Element.RECORD_DESK_CHECK)).isNotNull(); // the case itself goes on
        assertThatThrownBy(() -> driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "true",
                "extensionMonths", "2", "extensionGround", "COMPLEXITY", "sensitiveExtensionReason", " ")))
                .hasMessageContaining("needs reasons");
        assertThatThrownBy(() -> driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "true",
                "extensionMonths", "2", "sensitiveExtensionReason", "Paljon tietoja"))).hasMessageContaining("ground");
        assertThatThrownBy(() -> driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "true",
                "extensionMonths", "2", "extensionGround", "BUSY", "sensitiveExtensionReason", "Paljon tietoja")))
                .hasMessageContaining("COMPLEXITY, NUMBER_OF_REQUESTS or BOTH");
        // the extension is the DPO's alone: the engine refuses a handler the DPO's task (TaskPermissionsIT)
        assertThatThrownBy(() -> driver.completeAsHandler(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "true",
                "extensionMonths", "2", "sensitiveExtensionReason", "x")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "true", "extensionMonths", "2",
                "extensionGround", "COMPLEXITY",
                "sensitiveExtensionReason", "Naapurin Matti Meikäläisen valitukset 20 vuoden ajalta on käytävä läpi."));

        PrivacyCase extended = kase(started.caseNumber());
        assertThat(extended.getExtensionGround()).isEqualTo(PrivacyCase.ExtensionGround.COMPLEXITY);
        assertThat(extended.getExtensionReason()).contains("Meikäläisen");
        LocalDate receivedOn = LegalDeadlines.receiptDate(received);
        assertThat(extended.getExtensionMonths()).isEqualTo(2);
        assertThat(extended.getLegalDeadline()).isAfterOrEqualTo(receivedOn.plusMonths(3))
                .isBefore(receivedOn.plusMonths(3).plusDays(5));
        String letterText = text(letter(started.caseNumber(), "käsittelyaikaa on jatkettu"));
        // the letter names the ground of Art. 12(3); the DPO's own words (here naming a neighbour) stay on the case
        assertThat(letterText).contains("Syy: asiasi on monimutkainen.").doesNotContain("Meikäläi")
                .contains(extended.getLegalDeadline().getDayOfMonth() + "." + extended.getLegalDeadline().getMonthValue() + ".");
        assertThat(management.createJobQuery().processInstanceId(pi).activityId(PrivacyRequestProcess.Element.EXTENDED_DEADLINE_AT_RISK).singleResult()
                .getDuedate()).isEqualTo(Date.from(extended.getLegalDeadline().minusDays(7).atTime(8, 0)
                .atZone(LegalDeadlines.HELSINKI).toInstant()));
        assertThat(runtime.getVariable(pi, "legalDeadline"))
                .isEqualTo(Date.from(LegalDeadlines.endOf(extended.getLegalDeadline())));
        // the open desk-check task (in the called instance) now shows the extended deadline
        assertThat(driver.task(pi, VerifyIdentityProcess.Element.RECORD_DESK_CHECK).getDueDate())
                .isEqualTo(Date.from(LegalDeadlines.endOf(extended.getLegalDeadline())));
        // the extended deadline's watch: the DPO is alerted again, no further extension exists
        driver.fireTimer(pi, PrivacyRequestProcess.Element.EXTENDED_DEADLINE_AT_RISK);
        driver.completeAsDpo(pi, PrivacyRequestProcess.Element.WATCH_EXTENDED_DEADLINE, Map.of("watchNote", "Handler reminded"));
        // then the watch waits for the extended deadline itself
        assertThat(management.createJobQuery().processInstanceId(pi).activityId(PrivacyRequestProcess.Element.DEADLINE_DUE).singleResult()
                .getDuedate()).isEqualTo(Date.from(LegalDeadlines.endOf(extended.getLegalDeadline())));

        // the case is answered, on time against the extended deadline and (25 days after receipt) the 30-day target
        deskCheck(pi, "Aino Virtanen", DemoDataGenerator.SHOWCASE_HETU);
        driver.completeAsHandler(pi, SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT, Map.of());
        PrivacyCase closed = kase(started.caseNumber());
        // the DPO's reasons are part of the case file, which the requester's own report shows: not emailed, not hidden
        String report = AccessReportRenderer.textOf(documents.content(closed.getId(), CaseDocuments.Kind.REPORT_DOCX)
                .orElseThrow());
        assertThat(report).contains("Jatkon perustelut: Naapurin Matti Meikäläisen valitukset")
                .contains("Jatkon peruste: monimutkainen asia");
        assertThat(closed.getOnTimeLegal()).isTrue();
        assertThat(closed.getOnTimeTarget()).isTrue();
    }

    @Test
    void anExtensionAfterTheFirstMonthIsRefusedAndNothingChanges() throws Exception {
        Instant received = TestClock.now().minus(40, ChronoUnit.DAYS);
        RequestDoors.Started started = startByRest("en", "late@example.com", received, true, false);
        String pi = started.processInstanceId();
        driver.runJobs(pi);
        LocalDate deadline = kase(started.caseNumber()).getLegalDeadline();
        driver.fireTimer(pi, PrivacyRequestProcess.Element.DEADLINE_AT_RISK_START);
        assertThatThrownBy(() -> driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "true",
                "extensionMonths", "1", "extensionGround", "NUMBER_OF_REQUESTS", "sensitiveExtensionReason", "Too much data")))
                .hasMessageContaining("The first month ended on " + deadline);
        assertThat(kase(started.caseNumber()).getExtensionMonths()).isNull();
        assertThat(kase(started.caseNumber()).getLegalDeadline()).isEqualTo(deadline);
        driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "false"));
        // the deadline has passed already: the DPO is told
        driver.fireTimer(pi, PrivacyRequestProcess.Element.DEADLINE_DUE);
        Task passed = driver.task(pi, PrivacyRequestProcess.Element.DEADLINE_PASSED);
        assertThat(tasks.getIdentityLinksForTask(passed.getId())).extracting(l -> l.getGroupId()).containsExactly("dpo");
        driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DEADLINE_PASSED, Map.of("deadlinePassedNote", "Answer sent today"));

        deskCheck(pi, "Aino Virtanen", DemoDataGenerator.SHOWCASE_HETU);
        driver.completeAsHandler(pi, SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT, Map.of());
        PrivacyCase closed = kase(started.caseNumber());
        assertThat(closed.getOutcome()).isEqualTo(PrivacyCase.Outcome.DELIVERED);
        assertThat(closed.getOnTimeLegal()).isFalse();
        assertThat(closed.getOnTimeTarget()).isFalse();
    }

    @Test
    void theEmailIntakesMessageStartsTheSameProcess() throws Exception {
        RequestDoors.Started started = doors.receiveByEmail(new PrivacyRequests.Registration(TestClock.now(), "sv",
                PrivacyCase.Channel.EMAIL, "Aino Virtanen", "aino.mail@example.com", null, false));
        STARTED.add(started.processInstanceId());
        assertThat(started.caseNumber()).matches("TV-\\d{4}-\\d{6}");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(started.processInstanceId())
                .activityId(PrivacyRequestProcess.Element.EMAIL_REQUEST_RECEIVED).count()).isEqualTo(1);
        driver.runJobs(started.processInstanceId());
        letter(started.caseNumber(), "Vi har tagit emot din begäran");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.processInstanceId())
                .variableName("channel").singleResult().getValue()).isEqualTo("EMAIL");
    }

    @Test
    void theRequestersRepliesReachTheHandlerAndAWithdrawalClosesTheCase() throws Exception {
        RequestDoors.Started started = doors.receiveByEmail(new PrivacyRequests.Registration(TestClock.now(), "fi",
                PrivacyCase.Channel.EMAIL, "Ville Vastaaja", "ville.vastaaja@example.com", null, false));
        String pi = started.processInstanceId();
        STARTED.add(pi);
        driver.runJobs(pi);
        String acknowledgement = jdbc.queryForObject("""
                select message_id from tietovahti.mail_outbox where case_number = ? order by id limit 1""",
                String.class, started.caseNumber());

        // a question while identity verification waits: the handler reads it, the request goes on
        intake.take(reply("q1", acknowledgement, "Milloin saan vastauksen?"), null);
        Task question = driver.task(pi, PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE);
        assertThat((String) tasks.getVariableLocal(question.getId(), "sensitiveMailText"))
                .contains("Milloin saan vastauksen?");
        driver.completeAsHandler(pi, PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE, Map.of("requesterMessageAction", "NOTED"));
        assertThat(driver.instance(pi)).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE).count())
                .isZero();

        // then a withdrawal: the case closes, the signing request with it, and the requester is told
        intake.take(reply("q2", acknowledgement, "Peruutan pyyntöni."), null);
        driver.completeAsHandler(pi, PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE, Map.of("requesterMessageAction", "WITHDRAWN"));
        assertThat(driver.instance(pi)).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(started.caseNumber()).count())
                .isZero();
        assertThat(cases.byNumber(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.WITHDRAWN);
        assertThat(letter(started.caseNumber(), "Pyyntösi on peruttu").getContent().toString())
                .contains(started.caseNumber());
    }

    private static byte[] reply(String id, String inReplyTo, String text) {
        return ("From: Ville Vastaaja <ville.vastaaja@example.com>\r\nTo: tietosuoja@hekaoy.fi\r\n"
                + "Subject: Re: pyyntö\r\nMessage-ID: <" + id + "." + System.nanoTime() + "@example.com>\r\n"
                + "In-Reply-To: " + inReplyTo + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text
                + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theRestDoorRefusesBadInputWithTheReasonAndStrangers() {
        Map<String, Object> body = new HashMap<>(Map.of("requesterName", "Aino Virtanen",
                "requesterEmail", "aino@example.com", "language", "de"));
        ResponseEntity<String> wrongLanguage = rest.withBasicAuth("handler", "handler")
                .postForEntity("/api/access-requests", body, String.class);
        assertThat(wrongLanguage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        body.put("language", "fi");
        body.put("requesterEmail", "not an address");
        assertThat(rest.withBasicAuth("handler", "handler").postForEntity("/api/access-requests", body, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        body.put("requesterEmail", "aino@example.com");
        body.put("receivedAt", TestClock.now().plus(2, ChronoUnit.DAYS).toString());
        ResponseEntity<String> future = rest.withBasicAuth("handler", "handler")
                .postForEntity("/api/access-requests", body, String.class);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody()).contains("future");
        body.remove("receivedAt");
        assertThat(rest.postForEntity("/api/access-requests", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("collector", "collector").postForEntity("/api/access-requests", body, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("handler", "handler").getForEntity("/api/access-requests/TV-1999-000001",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheRestDoor() throws Exception {
        JsonNode api = json.readTree(rest.getForObject("/v3/api-docs", String.class));
        assertThat(api.path("paths").has("/api/access-requests")).isTrue();
        assertThat(api.path("paths").path("/api/access-requests").has("post")).isTrue();
        assertThat(api.path("components").path("schemas").path("NewAccessRequest").path("required").toString())
                .contains("requesterEmail").contains("language");
    }

    /**
     * Runs after the others and looks at their instances only (run alone it has nothing to look at): the tests of
     * the access request walk every element and flow of the front (privacy-request) and of the access right it calls.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyBranchOfTheFrontAndOfTheAccessRightWasWalkedByTheTestsAbove() {
        for (var key : List.of(RequestDoors.PROCESS_KEY, RequestDoors.rightProcess(PrivacyCase.Type.ACCESS))) {
            List<String> elements = RequestDriver.elementsAndFlows(key, repository);
            assertThat(elements).as(key).hasSizeGreaterThan(5);
            assertThat(driver.walked(STARTED, key, repository)).as("elements and flows of " + key
                    + " the tests reached").containsAll(elements);
        }
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
