package fi.tietovahti.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.processes.EvictionProcess;
import fi.tietovahti.processes.RentCollectionProcess;
import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.tenancy.Evictions;
import fi.tietovahti.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * eviction end to end (issue 17): started only by a collector's answer to the rescission question; the written
 * notice rendered (DOCX read back), its provable service ending the lease; the tenant leaving, or the court, the
 * judgment (ordered or dismissed), the bailiff and the moving day within the law's window; the tenancy ending in the
 * register with Kela told where it pays the allowance to the landlord; arrears paid during it asking whether to cancel;
 * steps out of order, in the future or before what they follow refused.
 */
class EvictionIT extends RequestProcessTest {

    @Override
    protected List<String> processesWalked() {
        return List.of(EvictionProcess.KEY);
    }

    @Autowired
    CollectionRun run;
    @Autowired
    RentCollection collection;
    @Autowired
    Evictions evictions;
    @Autowired
    TestRestTemplate rest;

    private static LocalDate today() {
        return TestClock.today();
    }

    private static final List<String> COLLECTORS = List.of("collections");

    /** A lease two months behind, at its rescission question: {tenancy, collection case, collection process}. */
    private Object[] atTheRescissionQuestion() {
        TestLeases.Lease lease = TestLeases.lease(jdbc, 50_000, "fi", true);
        TestLeases.invoice(jdbc, lease, today().minusDays(70), 50_000);
        TestLeases.invoice(jdbc, lease, today().minusDays(40), 50_000);
        run.run();
        String reference = jdbc.queryForObject("select reference from tietovahti.collection_case where tenancy_id = ? "
                + "and status = 'OPEN'", String.class, lease.tenancyId());
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(RentCollectionProcess.KEY).singleResult().getId();
        driver.runJobs(pi);
        driver.fireTimer(pi, RentCollectionProcess.Element.STEP_DAY);
        assertThat(driver.variable(pi, "collectionQuestion")).isEqualTo("RESCISSION_THRESHOLD");
        return new Object[]{lease, reference, pi};
    }

    /** The collector rescinds: returns the eviction's process instance. */
    private String rescind(Object[] at) {
        driver.complete((String) at[2], RentCollectionProcess.Element.DECIDE_COLLECTION_QUESTION, "collector",
                COLLECTORS, Map.of("collectionDecision", "RESCIND"));
        TestLeases.Lease lease = (TestLeases.Lease) at[0];
        String eviction = jdbc.queryForObject("select reference from tietovahti.eviction_case where tenancy_id = ?",
                String.class, lease.tenancyId());
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey(EvictionProcess.KEY)
                .processInstanceBusinessKey(eviction).singleResult().getId();
        driver.runJobs(pi);
        return pi;
    }

    private void record(String pi, String task, Map<String, Object> form) {
        driver.complete(pi, task, "collector", COLLECTORS, form);
    }

    private void refused(String pi, String task, Map<String, Object> form, String reason) {
        assertThatThrownBy(() -> driver.submit(pi, task, "collector", COLLECTORS, form)).hasMessageContaining(reason);
    }

    private Map<String, Object> submitThroughRest(String taskId, String servedHow, String servedOn) {
        var answer = rest.withBasicAuth("collector", "collector").postForEntity("/engine-rest/task/" + taskId
                + "/submit-form", Map.of("variables", Map.of("servedHow", Map.of("value", servedHow, "type", "String"),
                "servedOn", Map.of("value", servedOn, "type", "String"))), Map.class);
        Map<String, Object> seen = new java.util.HashMap<>(answer.getBody());
        seen.put("status", answer.getStatusCode().value());
        return seen;
    }

    private Map<String, Object> eviction(TestLeases.Lease lease) {
        return jdbc.queryForMap("select * from tietovahti.eviction_case where tenancy_id = ?", lease.tenancyId());
    }

    private static String day(LocalDate d) {
        return d.toString();
    }

    @Test
    void throughTheCourtAndTheBailiffTheTenancyEndsAndKelaIsTold() throws Exception {
        Object[] at = atTheRescissionQuestion();
        TestLeases.Lease lease = (TestLeases.Lease) at[0];
        jdbc.update("update tietovahti.tenancy set deposit = 1500.00 where id = ?", lease.tenancyId());
        jdbc.update("insert into tietovahti.housing_allowance_to_landlord (tenancy_id, person_id, ground, paid_from) "
                + "values (?, ?, 'UNPAID_RENT', ?)", lease.tenancyId(), lease.personId(),
                Date.valueOf(today().minusMonths(1)));
        String pi = rescind(at);
        Map<String, Object> e = eviction(lease);
        assertThat(e.get("ground")).isEqualTo("UNPAID_RENT");
        String text = org.docx4j.XmlUtils.marshaltoString(WordprocessingMLPackage.load(new ByteArrayInputStream(
                (byte[]) e.get("notice_content"))).getMainDocumentPart().getJaxbElement(), true, true)
                .replaceAll("<[^>]+>", " ");
        assertThat(text).contains("Vuokrasopimuksen purkamisilmoitus", lease.contractNumber(), "61 §", "1000,00 €");

        refused(pi, EvictionProcess.Element.RECORD_NOTICE_SERVICE, Map.of("servedHow", "REGISTERED_LETTER",
                "servedOn", day(today().plusDays(1))), "tulevaisuudessa");
        // the same refusals through the engine's REST API, as Tasklist sends a form: a 400 with the reason
        String serviceTask = driver.task(pi, EvictionProcess.Element.RECORD_NOTICE_SERVICE).getId();
        assertThat(submitThroughRest(serviceTask, "REGISTERED_LETTER", day(today().plusDays(1))))
                .containsEntry("status", 400).hasEntrySatisfying("message", m -> assertThat((String) m)
                        .contains("tulevaisuudessa"));
        assertThat(submitThroughRest(serviceTask, "REGISTERED_LETTER", "11/5/2026")).containsEntry("status", 400)
                .hasEntrySatisfying("message", m -> assertThat((String) m).contains("servedOn", "d.M.yyyy"));
        assertThat(submitThroughRest(serviceTask, "BY_PIGEON", day(today()))).containsEntry("status", 400);
        assertThat(driver.task(pi, EvictionProcess.Element.RECORD_NOTICE_SERVICE).getId()).isEqualTo(serviceTask);
        record(pi, EvictionProcess.Element.RECORD_NOTICE_SERVICE, Map.of("servedHow", "REGISTERED_LETTER",
                "servedOn", day(today())));
        assertThat(eviction(lease).get("tenancy_ends_on")).as("the lease ends on service")
                .isEqualTo(Date.valueOf(today()));
        assertThatThrownBy(() -> evictions.judgment((String) e.get("reference"), today(), Evictions.Judgment.ORDERED))
                .as("no judgment before the court was asked").hasMessageContaining("Not at this step");
        record(pi, EvictionProcess.Element.DID_THE_TENANT_LEAVE, Map.of("tenantLeft", "TO_COURT"));
        record(pi, EvictionProcess.Element.FILE_IN_DISTRICT_COURT, Map.of("courtFiledOn", day(today()),
                "courtCase", "H 26/12345"));
        record(pi, EvictionProcess.Element.RECORD_JUDGMENT, Map.of("judgment", "ORDERED", "judgmentOn", day(today())));
        // the judgment itself kept with the case
        org.springframework.util.LinkedMultiValueMap<String, Object> upload = new org.springframework.util
                .LinkedMultiValueMap<>();
        upload.add("step", "JUDGMENT");
        upload.add("file", new org.springframework.core.io.ByteArrayResource("%PDF-1.4 tuomio".getBytes()) {
            @Override
            public String getFilename() {
                return "tuomio.pdf";
            }
        });
        String reference = (String) e.get("reference");
        assertThat(rest.withBasicAuth("collector", "collector").postForEntity("/api/evictions/" + reference
                + "/documents", upload, Map.class).getStatusCode().value()).isEqualTo(201);
        assertThat(rest.withBasicAuth("handler", "handler").getForEntity("/api/evictions/" + reference, Map.class)
                .getStatusCode().value()).as("collection staff only").isEqualTo(403);
        Map<?, ?> view = rest.withBasicAuth("collector", "collector").getForObject("/api/evictions/" + reference,
                Map.class);
        assertThat(view.get("documents").toString()).contains("tuomio.pdf", "JUDGMENT");
        record(pi, EvictionProcess.Element.APPLY_TO_BAILIFF, Map.of("bailiffAppliedOn", day(today())));
        refused(pi, EvictionProcess.Element.RECORD_MOVING_DAY, Map.of("movingNoticeReceivedOn", day(today()),
                "movingDay", day(today().plusDays(3)), "postponedWithConsent", false), "1-2 weeks");
        record(pi, EvictionProcess.Element.RECORD_MOVING_DAY, Map.of("movingNoticeReceivedOn", day(today()),
                "movingDay", day(today().plusDays(10)), "postponedWithConsent", false));
        record(pi, EvictionProcess.Element.RECORD_EVICTION, Map.of("evictedOn", day(today())));

        assertThat(driver.passed(pi, EvictionProcess.Element.EVICTED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select end_date from tietovahti.tenancy where id = ?", Date.class,
                lease.tenancyId())).isEqualTo(Date.valueOf(today()));
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.occupancy where tenancy_id = ? and moved_out "
                + "is null", Integer.class, lease.tenancyId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.kela_notice where person_id = ?", Integer.class,
                lease.personId())).as("Kela pays the allowance to the landlord: told of the move-out").isEqualTo(1);
        assertThat(jdbc.queryForList("select s.step_type from tietovahti.collection_step s join "
                + "tietovahti.collection_case c on c.id = s.case_id where c.reference = ? order by s.id", String.class,
                at[1])).contains("RESCISSION", "COURT_FILING", "JUDGMENT", "BAILIFF", "EVICTION");
        assertThat(eviction(lease).get("status")).isEqualTo("EVICTED");

        // the deposit: set off against what is still owed, the rest refunded
        String deposit = runtime.createProcessInstanceQuery().processInstanceBusinessKey("deposit-" + lease.tenancyId())
                .singleResult().getId();
        driver.complete(deposit, fi.tietovahti.processes.PaymentQuestionProcess.Element.SETTLE_THE_PAYMENT,
                "collector", COLLECTORS, Map.of("paymentSettlement", "SET_OFF", "finalInvoiceAmount", "120,00"));
        Map<String, Object> settled = jdbc.queryForMap("select * from tietovahti.deposit_settlement where tenancy_id = ?",
                lease.tenancyId());
        long setOff = (Long) settled.get("set_off_cents");
        assertThat(setOff).as("1000 € of rent, its interest and the final invoice of 120 €").isGreaterThan(112_000L)
                .isLessThan(150_000L);
        assertThat((Long) settled.get("refund_cents")).isEqualTo(150_000L - setOff);
        assertThat(jdbc.queryForObject("select coalesce(sum(amount_cents), 0) from tietovahti.ledger_entry where "
                + "tenancy_id = ? and reference = ?", Long.class, lease.tenancyId(), "LOPPU" + lease.tenancyId()))
                .as("the final invoice paid from the deposit").isZero();
        assertThat(jdbc.queryForObject("select status from tietovahti.collection_case where reference = ?",
                String.class, at[1])).as("the deposit paid the arrears").isEqualTo("PAID");
    }

    @Test
    void theTenantLeavesAfterTheNoticeOrTheCourtDismisses() {
        Object[] at = atTheRescissionQuestion();
        TestLeases.Lease lease = (TestLeases.Lease) at[0];
        String pi = rescind(at);
        record(pi, EvictionProcess.Element.RECORD_NOTICE_SERVICE, Map.of("servedHow", "RECEIPT", "servedOn",
                day(today())));
        record(pi, EvictionProcess.Element.DID_THE_TENANT_LEAVE, Map.of("tenantLeft", "MOVED_OUT", "movedOutOn",
                day(today())));
        assertThat(driver.passed(pi, EvictionProcess.Element.TENANCY_ENDED)).isEqualTo(1);
        assertThat(eviction(lease).get("status")).isEqualTo("MOVED_OUT");
        // Kela's allowance paid after the move-out is returned, never set off against the arrears (938/2014 §25)
        var kela = rest.withBasicAuth("collector", "collector").postForEntity("/api/collection/payments", Map.of(
                "reference", at[1], "amount", new BigDecimal("300.00"), "paidOn", day(today()), "archiveId",
                "KELA-" + at[1], "payer", "KELA"), Map.class);
        assertThat(kela.getBody().get("result")).isEqualTo("UNPLACED");
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.collection_payment p join "
                + "tietovahti.collection_case c on c.id = p.case_id where c.reference = ?", Integer.class, at[1]))
                .as("not set off").isZero();
        String question = runtime.createProcessInstanceQuery().processInstanceBusinessKey("payment-"
                + jdbc.queryForObject("select id from tietovahti.unplaced_payment where archive_id = ?", Long.class,
                "KELA-" + at[1])).singleResult().getId();
        assertThatThrownBy(() -> driver.submit(question, fi.tietovahti.processes.PaymentQuestionProcess.Element
                .SETTLE_THE_PAYMENT, "collector", COLLECTORS, Map.of("paymentSettlement", "PLACE",
                "settlementTarget", lease.contractNumber()))).hasMessageContaining("returned to Kela");
        driver.complete(question, fi.tietovahti.processes.PaymentQuestionProcess.Element.SETTLE_THE_PAYMENT,
                "collector", COLLECTORS, Map.of("paymentSettlement", "RETURN"));
        assertThat(jdbc.queryForObject("select status from tietovahti.unplaced_payment where archive_id = ?",
                String.class, "KELA-" + at[1])).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.kela_notice where person_id = ?", Integer.class,
                lease.personId())).as("Kela does not pay this landlord: nobody is told").isZero();

        Object[] other = atTheRescissionQuestion();
        String pi2 = rescind(other);
        record(pi2, EvictionProcess.Element.RECORD_NOTICE_SERVICE, Map.of("servedHow", "PROCESS_SERVER", "servedOn",
                day(today())));
        record(pi2, EvictionProcess.Element.DID_THE_TENANT_LEAVE, Map.of("tenantLeft", "TO_COURT"));
        record(pi2, EvictionProcess.Element.FILE_IN_DISTRICT_COURT, Map.of("courtFiledOn", day(today()),
                "courtCase", "H 26/999"));
        record(pi2, EvictionProcess.Element.RECORD_JUDGMENT, Map.of("judgment", "DISMISSED", "judgmentOn",
                day(today())));
        assertThat(driver.passed(pi2, EvictionProcess.Element.DISMISSED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select end_date from tietovahti.tenancy where id = ?", Date.class,
                ((TestLeases.Lease) other[0]).tenancyId())).as("dismissed: the tenancy is not ended here").isNull();
    }

    @Test
    void arrearsPaidDuringTheEvictionAskWhetherToCancelIt() {
        Object[] at = atTheRescissionQuestion();
        TestLeases.Lease lease = (TestLeases.Lease) at[0];
        String pi = rescind(at);
        record(pi, EvictionProcess.Element.RECORD_NOTICE_SERVICE, Map.of("servedHow", "REGISTERED_LETTER",
                "servedOn", day(today())));
        rest.withBasicAuth("collector", "collector").postForEntity("/api/collection/payments", Map.of("reference",
                at[1], "amount", new BigDecimal("1100.00"), "paidOn", day(today()), "archiveId", "EV-" + at[1]),
                Map.class);
        record(pi, EvictionProcess.Element.DECIDE_AFTER_PAYMENT, Map.of("afterPaymentDecision", "CANCEL"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(driver.passed(pi, EvictionProcess.Element.EVICTION_CANCELLED)).isEqualTo(1);
        assertThat(eviction(lease).get("status")).isEqualTo("CANCELLED");

        Object[] other = atTheRescissionQuestion();
        String pi2 = rescind(other);
        rest.withBasicAuth("collector", "collector").postForEntity("/api/collection/payments", Map.of("reference",
                other[1], "amount", new BigDecimal("1100.00"), "paidOn", day(today()), "archiveId", "EV-" + other[1]),
                Map.class);
        record(pi2, EvictionProcess.Element.DECIDE_AFTER_PAYMENT, Map.of("afterPaymentDecision", "CONTINUE"));
        assertThat(driver.passed(pi2, EvictionProcess.Element.EVICTION_CONTINUES)).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi2).count()).as("the eviction goes on")
                .isEqualTo(1);
        driver.task(pi2, EvictionProcess.Element.RECORD_NOTICE_SERVICE);
    }

    @Test
    void kelaPaysTheLandlordOnlyAfterTwoMonthsUnpaidAsTheLedgerShows() {
        TestLeases.Lease one = TestLeases.lease(jdbc, 50_000, "fi", true);
        TestLeases.invoice(jdbc, one, today().withDayOfMonth(2).minusMonths(1), 50_000);
        String url = "/api/tenancies/%s/housing-allowance-to-landlord";
        var refused = rest.withBasicAuth("collector", "collector").postForEntity(url.formatted(one.contractNumber()),
                Map.of("ground", "UNPAID_RENT", "paidFrom", day(today())), Map.class);
        assertThat(refused.getStatusCode().value()).as("one month unpaid").isEqualTo(422);
        TestLeases.Lease two = TestLeases.lease(jdbc, 50_000, "fi", true);
        TestLeases.invoice(jdbc, two, today().withDayOfMonth(2).minusMonths(2), 50_000);
        TestLeases.invoice(jdbc, two, today().withDayOfMonth(2).minusMonths(1), 50_000);
        var recorded = rest.withBasicAuth("collector", "collector").postForEntity(url.formatted(two.contractNumber()),
                Map.of("ground", "UNPAID_RENT", "paidFrom", day(today())), Map.class);
        assertThat(recorded.getStatusCode().value()).isEqualTo(201);
        assertThat(rest.withBasicAuth("handler", "handler").postForEntity(url.formatted(two.contractNumber()),
                Map.of("ground", "AUTHORISATION", "paidFrom", day(today())), Map.class).getStatusCode().value())
                .as("collection staff only").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.housing_allowance_to_landlord where tenancy_id = ?",
                Integer.class, two.tenancyId())).isEqualTo(1);
    }

    @Test
    void noEvictionWithoutArrearsOrTwiceAndRescindOnlyAtTheThreshold() {
        TestLeases.Lease paid = TestLeases.lease(jdbc, 50_000, "fi", true);
        assertThatThrownBy(() -> evictions.startForUnpaidRent(paid.tenancyId(), null, "collector"))
                .hasMessageContaining("No rent is unpaid");
        Object[] at = atTheRescissionQuestion();
        rescind(at);
        TestLeases.Lease lease = (TestLeases.Lease) at[0];
        assertThatThrownBy(() -> evictions.startForUnpaidRent(lease.tenancyId(), null, "collector"))
                .hasMessageContaining("under way");
        // on another question, rescind is refused: the threshold question is where a person weighs it (§61(3))
        TestLeases.Lease disputed = TestLeases.lease(jdbc, 90_000, "fi", true);
        TestLeases.invoice(jdbc, disputed, today().minusDays(30), 40_000);
        run.run();
        String ref = jdbc.queryForObject("select reference from tietovahti.collection_case where tenancy_id = ?",
                String.class, disputed.tenancyId());
        collection.dispute(ref, null);
        String cpi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult().getId();
        driver.runJobs(cpi);
        driver.fireTimer(cpi, RentCollectionProcess.Element.STEP_DAY);
        assertThatThrownBy(() -> driver.submit(cpi, RentCollectionProcess.Element.DECIDE_COLLECTION_QUESTION,
                "collector", COLLECTORS, Map.of("collectionDecision", "RESCIND"))).hasMessageContaining("rescission");
    }
}
