package fi.tietovahti.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.collection.simulator.CollectionPartnerSimulator;
import fi.tietovahti.processes.PaymentQuestionProcess;
import fi.tietovahti.processes.RentCollectionProcess;
import fi.tietovahti.processes.RentCollectionRunProcess;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RestrictionGround;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Job;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * rent-collection end to end (issue 17): the daily run opens one case per tenancy; a reminder goes out on the day the
 * law allows (DOCX read back, its fee within the cap, queued in the outbox with the letter attached), never before;
 * payments shrink and settle the case, interest first; unknown, negative, future and duplicated payments; a dispute;
 * a payment plan agreed, refused above its cap, and missed; the rescission threshold and an ended tenancy asking a
 * handler; the hand-over to the partner's API recorded in the disclosure register with exactly what was sent, its
 * demands judged by the law, a failing partner becoming an incident, the partner giving the claim back; a restriction
 * stopping the reminder and the hand-over. Each test makes its own tenancy relative to the reference day.
 */
class RentCollectionIT extends RequestProcessTest {

    @Override
    protected List<String> processesWalked() {
        return List.of(RentCollectionProcess.KEY, PaymentQuestionProcess.KEY, RentCollectionRunProcess.KEY);
    }

    @Autowired
    CollectionRun run;
    @Autowired
    RentCollection collection;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CollectionPartnerSimulator partner;
    @Autowired
    ProcessingRestrictions restrictions;
    @Autowired
    ResidentDirectory directory;
    @Autowired
    fi.tietovahti.registers.PersonalDataSources sources;

    private static LocalDate today() {
        return TestClock.today();
    }

    private TestLeases.Lease lease(long rentCents, String language, boolean withEmail) {
        return TestLeases.lease(jdbc, rentCents, language, withEmail);
    }

    private String invoice(TestLeases.Lease lease, LocalDate due, long cents) {
        return TestLeases.invoice(jdbc, lease, due, cents);
    }

    /** Runs the daily run and returns the lease's case reference and its process instance. */
    private String[] runFor(TestLeases.Lease lease) {
        run.run();
        String reference = jdbc.queryForObject("select reference from tietovahti.collection_case where tenancy_id = ? "
                + "and status not in ('PAID', 'CLOSED')", String.class, lease.tenancyId());
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey(RentCollectionProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        driver.runJobs(pi);
        return new String[]{reference, pi};
    }

    private void stepDay(String pi) {
        driver.fireTimer(pi, RentCollectionProcess.Element.STEP_DAY);
    }

    private long steps(String reference, String type) {
        return jdbc.queryForObject("select count(*) from tietovahti.collection_step s join tietovahti.collection_case c "
                + "on c.id = s.case_id where c.reference = ? and s.step_type = ?", Long.class, reference, type);
    }

    private String waitingAt(String pi) {
        List<String> active = runtime.getActiveActivityIds(pi);
        return String.join(",", active);
    }

    private ResponseEntity<Map> pay(String reference, String amount, LocalDate paidOn, String archiveId) {
        return rest.withBasicAuth("collector", "collector").postForEntity("/api/collection/payments",
                Map.of("reference", reference, "amount", new BigDecimal(amount), "paidOn", paidOn.toString(),
                        "archiveId", archiveId), Map.class);
    }

    private void answer(String pi, String decision) {
        driver.complete(pi, RentCollectionProcess.Element.DECIDE_COLLECTION_QUESTION, "collector",
                List.of("collections"), Map.of("collectionDecision", decision));
    }

    private void pretendReminderSent(String reference, LocalDate on) {
        jdbc.update("insert into tietovahti.collection_step (case_id, step_type, step_date, fee_cents, note) "
                + "select id, 'PAYMENT_REMINDER', ?, 500, 'test: a reminder sent earlier' from tietovahti.collection_case "
                + "where reference = ?", Date.valueOf(on), reference);
        collection.caseChanged(reference);
    }

    @Test
    void theRunOpensOneCasePerTenancyAndTheReminderGoesOutOnItsDayWithItsFeeAndLetter() throws Exception {
        TestLeases.Lease lease = lease(80_000, "sv", true);
        invoice(lease, today().minusDays(40), 80_000);
        invoice(lease, today().plusDays(5), 80_000); // not yet due: not collected
        String[] c = runFor(lease);
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.collection_case where tenancy_id = ?",
                Integer.class, lease.tenancyId())).isEqualTo(1);
        assertThat(driver.variable(c[1], "nextStep")).isEqualTo("REMINDER");

        stepDay(c[1]);
        assertThat(steps(c[0], "PAYMENT_REMINDER")).isEqualTo(1);
        Map<String, Object> letter = jdbc.queryForMap("select l.* from tietovahti.collection_letter l join "
                + "tietovahti.collection_case c on c.id = l.case_id where c.reference = ?", c[0]);
        assertThat(letter.get("fee_cents")).isEqualTo(500L);
        assertThat(letter.get("language")).isEqualTo("sv");
        assertThat(letter.get("pay_by")).isEqualTo(Date.valueOf(today().plusDays(14)));
        String text = org.docx4j.XmlUtils.marshaltoString(WordprocessingMLPackage.load(new ByteArrayInputStream(
                (byte[]) letter.get("content"))).getMainDocumentPart().getJaxbElement(), true, true)
                .replaceAll("<[^>]+>", " ");
        assertThat(text).contains("Betalningspåminnelse", c[0], lease.contractNumber(), "800,00 €", "5,00 €",
                today().minusDays(40).format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")));
        assertThat(text).doesNotContain(jdbc.queryForObject("select hetu from tietovahti.person where id = ?",
                String.class, lease.personId()));
        Map<String, Object> mail = jdbc.queryForMap("select o.recipient, o.subject, a.file_name from "
                + "tietovahti.mail_outbox o join tietovahti.mail_outbox_attachment a on a.outbox_id = o.id "
                + "where o.case_number = ?", c[0]);
        assertThat(mail.get("recipient")).isEqualTo(lease.email());
        assertThat((String) mail.get("file_name")).endsWith(".docx");

        // the next step waits for the hand-over's earliest day: 14 days after the reminder, after its pay-by day
        assertThat(driver.variable(c[1], "nextStep")).isEqualTo("QUESTION");
        assertThat(waitingAt(c[1])).contains(RentCollectionProcess.Element.STEP_DAY);
        // run again: nothing new for this tenancy, and the invoice not yet due stays out
        run.run();
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.collection_invoice i join "
                + "tietovahti.collection_case c on c.id = i.case_id where c.tenancy_id = ?", Integer.class,
                lease.tenancyId())).isEqualTo(1);
    }

    @Test
    void aTimerFiredBeforeTheLawsDaySendsNothingAndWaitsAgain() {
        TestLeases.Lease lease = lease(70_000, "fi", true);
        invoice(lease, today().minusDays(5), 70_000); // a fee-bearing reminder only from due + 15
        String[] c = runFor(lease);
        Object planned = driver.variable(c[1], "nextStepAt");
        stepDay(c[1]);
        assertThat(steps(c[0], "PAYMENT_REMINDER")).as("nothing before its day").isZero();
        assertThat(driver.variable(c[1], "stepOutcome")).isEqualTo("CONTINUE");
        assertThat(driver.variable(c[1], "nextStepAt")).isEqualTo(planned);
        assertThat(collection.next(c[0]).on()).isEqualTo(today().plusDays(10));
    }

    @Test
    void paymentsGoToInterestThenPrincipalAndThePaidCaseEnds() {
        TestLeases.Lease lease = lease(90_000, "fi", true);
        String ref = invoice(lease, today().minusDays(60), 90_000);
        String[] c = runFor(lease);
        stepDay(c[1]);
        assertThat(pay(ref, "-5", today(), "A-" + c[0] + "-neg").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pay(ref, "10", today().plusDays(1), "A-" + c[0] + "-fut").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> part = pay(ref, "300.00", today(), "A-" + c[0] + "-1");
        assertThat(part.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(part.getBody().get("result")).isEqualTo("APPLIED");
        Map<String, Object> applied = jdbc.queryForMap("select p.* from tietovahti.collection_payment p join "
                + "tietovahti.collection_case c on c.id = p.case_id where c.reference = ?", c[0]);
        long interest = (Long) applied.get("to_interest_cents");
        assertThat(interest).as("60 days of late interest first").isPositive();
        assertThat((Long) applied.get("to_principal_cents")).isEqualTo(30_000 - interest);
        assertThat(applied.get("to_costs_cents")).isEqualTo(0L);
        assertThat(pay(ref, "300.00", today(), "A-" + c[0] + "-1").getStatusCode()).as("the same payment twice")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(waitingAt(c[1])).as("the payment made the case plan again").contains(RentCollectionProcess.Element.STEP_DAY);

        // the rest with the reminder's €5: principal and interest to today, costs last; the case ends wherever it is
        long owed = jdbc.queryForObject("select principal_cents from tietovahti.collection_case where reference = ?",
                Long.class, c[0]) + 500;
        ResponseEntity<Map> rest = pay(c[0], BigDecimal.valueOf(owed, 2).toPlainString(), today(), "A-" + c[0] + "-2");
        assertThat(rest.getBody().get("result")).isEqualTo("SETTLED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(c[1]).count()).isZero();
        assertThat(driver.passed(c[1], RentCollectionProcess.Element.PAID_IN_FULL)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from tietovahti.collection_case where reference = ?",
                String.class, c[0])).isEqualTo("PAID");
        // the tenant's access report shows the letter as sent and how each payment was applied
        List<String> refs = sources.collect(directory.subjectOf(List.of(lease.personId()))).stream()
                .map(fi.tietovahti.registers.PersonalDataRecord::recordRef).toList();
        assertThat(refs).anyMatch(r -> r.startsWith("collection_letter:"));
        assertThat(refs.stream().filter(r -> r.startsWith("collection_payment:")).count()).isEqualTo(2);
    }

    @Test
    void anUnknownReferenceAndAnOverpaymentGoToAHandlerNothingIsLost() {
        TestLeases.Lease lease = lease(50_000, "en", true);
        String ref = invoice(lease, today().minusDays(30), 50_000);
        String[] c = runFor(lease);
        ResponseEntity<Map> unknown = pay("RF00UNKNOWN" + c[0].replace("-", ""), "120.00", today(), "U-" + c[0]);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(unknown.getBody().get("result")).isEqualTo("UNPLACED");
        String question = runtime.createProcessInstanceQuery().processDefinitionKey(PaymentQuestionProcess.KEY)
                .processInstanceBusinessKey("payment-" + jdbc.queryForObject("select id from tietovahti.unplaced_payment "
                        + "where archive_id = ?", Long.class, "U-" + c[0])).singleResult().getId();
        assertThatThrownBy(() -> driver.submit(question, PaymentQuestionProcess.Element.SETTLE_THE_PAYMENT, "collector",
                List.of("collections"), Map.of("paymentSettlement", "PLACE", "settlementTarget", "NO-SUCH-LEASE")))
                .hasMessageContaining("NO-SUCH-LEASE");
        driver.complete(question, PaymentQuestionProcess.Element.SETTLE_THE_PAYMENT, "collector",
                List.of("collections"), Map.of("paymentSettlement", "PLACE", "settlementTarget",
                        lease.contractNumber()));
        assertThat(jdbc.queryForObject("select status from tietovahti.unplaced_payment where archive_id = ?",
                String.class, "U-" + c[0])).isEqualTo("PLACED");
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.collection_payment p join "
                + "tietovahti.collection_case c on c.id = p.case_id where c.reference = ?", Integer.class, c[0]))
                .isEqualTo(1);

        ResponseEntity<Map> over = pay(ref, "900.00", today(), "O-" + c[0]);
        assertThat(over.getBody().get("result")).isEqualTo("SETTLED");
        assertThat(((Number) over.getBody().get("leftOverCents")).longValue()).isPositive();
        String overQuestion = runtime.createProcessInstanceQuery().processDefinitionKey(PaymentQuestionProcess.KEY)
                .processInstanceBusinessKey(c[0]).singleResult().getId();
        assertThat(runtime.getVariable(overQuestion, "paymentQuestion")).isEqualTo("OVERPAYMENT");
        driver.complete(overQuestion, PaymentQuestionProcess.Element.SETTLE_THE_PAYMENT, "collector",
                List.of("collections"), Map.of("paymentSettlement", "KEEP_AS_CREDIT"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(overQuestion).count()).isZero();
    }

    @Test
    void aDisputedClaimStopsAndAHandlerDecidesTheHandOverIsRefusedBeforeItsDay() {
        TestLeases.Lease lease = lease(60_000, "fi", true);
        invoice(lease, today().minusDays(20), 60_000);
        String[] c = runFor(lease);
        ResponseEntity<Void> disputed = rest.withBasicAuth("collector", "collector").postForEntity(
                "/api/collection/cases/" + c[0] + "/dispute", Map.of("note", "maksettu käteisellä"), Void.class);
        assertThat(disputed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(driver.variable(c[1], "nextStep")).isEqualTo("QUESTION");
        stepDay(c[1]);
        assertThat(driver.variable(c[1], "collectionQuestion")).isEqualTo("DISPUTED");
        assertThat(steps(c[0], "PAYMENT_REMINDER")).as("no fee-bearing step on a disputed claim").isZero();
        // no reminder yet: the partner's demand is not allowed, so neither is the hand-over
        assertThatThrownBy(() -> driver.submit(c[1], RentCollectionProcess.Element.DECIDE_COLLECTION_QUESTION,
                "collector", List.of("collections"), Map.of("collectionDecision", "HAND_OVER")))
                .hasMessageContaining("DCA §5(1)");
        answer(c[1], "POSTPONE");
        assertThat(collection.next(c[0]).kind()).isEqualTo(RentCollection.StepKind.RECHECK);
        assertThat(collection.next(c[0]).on()).isEqualTo(today().plusDays(14));
        // a handler cannot look at the rest of it unless authorised: a privacy handler gets 403
        assertThat(rest.withBasicAuth("handler", "handler").getForEntity("/api/collection/cases/" + c[0], Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<?, ?> view = rest.withBasicAuth("collector", "collector").getForObject("/api/collection/cases/" + c[0],
                Map.class);
        assertThat(view.get("disputedOn")).isNotNull();
        assertThat(view.toString()).doesNotContain("Vuokralainen");
        // housing advisory may help: a referral only with the tenant's consent, which the disclosure process asks for
        ResponseEntity<Map> referral = rest.withBasicAuth("collector", "collector").postForEntity(
                "/api/collection/cases/" + c[0] + "/housing-advisory", null, Map.class);
        assertThat(referral.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String asked = (String) referral.getBody().get("disclosureReference");
        String referralPi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(asked).singleResult().getId();
        driver.runJobs(referralPi);
        assertThat(jdbc.queryForObject("select status from tietovahti.disclosure_request where reference = ?",
                String.class, asked)).isEqualTo("WAITING_CONSENT");
    }

    @Test
    void thePlanHasItsFeeWithinTheCapAndAMissedInstalmentResumesCollection() {
        TestLeases.Lease lease = lease(40_000, "fi", true);
        invoice(lease, today().minusDays(30), 40_000);
        String[] c = runFor(lease);
        stepDay(c[1]); // the reminder
        String plan = "/api/collection/cases/" + c[0] + "/payment-plan";
        List<Map<String, Object>> instalments = List.of(
                Map.of("dueDate", today().plusDays(10).toString(), "amount", new BigDecimal("250.00")),
                Map.of("dueDate", today().plusDays(40).toString(), "amount", new BigDecimal("250.00")));
        ResponseEntity<Map> tooDear = rest.withBasicAuth("collector", "collector").postForEntity(plan,
                Map.of("instalments", instalments, "fee", new BigDecimal("31.00")), Map.class);
        assertThat(tooDear.getStatusCode()).as("2 instalments: the €20 cap").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<Map> tooLittle = rest.withBasicAuth("collector", "collector").postForEntity(plan,
                Map.of("instalments", List.of(Map.of("dueDate", today().plusDays(10).toString(), "amount",
                        new BigDecimal("10.00")))), Map.class);
        assertThat(tooLittle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> agreed = rest.withBasicAuth("collector", "collector").postForEntity(plan,
                Map.of("instalments", instalments, "fee", new BigDecimal("20.00")), Map.class);
        assertThat(agreed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(driver.variable(c[1], "nextStep")).isEqualTo("PLAN_CHECK");
        assertThat(collection.next(c[0]).on()).isEqualTo(today().plusDays(18));
        // the first instalment's day passes unpaid (its due date moved into the past: the state the test needs)
        jdbc.update("update tietovahti.collection_plan_instalment set due_date = due_date - 30 where plan_id = "
                + "(select p.id from tietovahti.collection_plan p join tietovahti.collection_case c on c.id = p.case_id "
                + "where c.reference = ?)", c[0]);
        collection.caseChanged(c[0]);
        stepDay(c[1]);
        assertThat(jdbc.queryForObject("select p.status from tietovahti.collection_plan p join "
                + "tietovahti.collection_case c on c.id = p.case_id where c.reference = ?", String.class, c[0]))
                .isEqualTo("BROKEN");
        assertThat(collection.next(c[0]).question()).as("collection resumes: the hand-over is next")
                .isEqualTo(RentCollection.Question.HANDOVER_DUE);
    }

    @Test
    void theRescissionThresholdAndAnEndedTenancyAskAHandler() {
        TestLeases.Lease lease = lease(50_000, "fi", true);
        invoice(lease, today().minusDays(70), 50_000);
        invoice(lease, today().minusDays(40), 50_000);
        String[] c = runFor(lease);
        stepDay(c[1]);
        assertThat(driver.variable(c[1], "collectionQuestion")).isEqualTo("RESCISSION_THRESHOLD");
        answer(c[1], "RESUME");
        assertThat(driver.variable(c[1], "nextStep")).as("asked once: collection goes on").isEqualTo("REMINDER");

        TestLeases.Lease ended = lease(50_000, "fi", false);
        jdbc.update("update tietovahti.tenancy set end_date = ? where id = ?", Date.valueOf(today().minusDays(3)),
                ended.tenancyId());
        invoice(ended, today().minusDays(33), 50_000);
        String[] e = runFor(ended);
        stepDay(e[1]);
        assertThat(driver.variable(e[1], "collectionQuestion")).isEqualTo("TENANCY_ENDED");
        answer(e[1], "CLOSE");
        assertThat(driver.passed(e[1], RentCollectionProcess.Element.CASE_CLOSED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from tietovahti.collection_case where reference = ?",
                String.class, e[0])).isEqualTo("CLOSED");
    }

    @Test
    void theHandOverSendsThePartnerExactlyWhatTheRegisterRecordsAndTheLawJudgesItsDemands() throws Exception {
        TestLeases.Lease lease = lease(75_000, "fi", true);
        invoice(lease, today().minusDays(45), 75_000);
        String[] c = runFor(lease);
        pretendReminderSent(c[0], today().minusDays(20));
        assertThat(collection.next(c[0]).question()).isEqualTo(RentCollection.Question.HANDOVER_DUE);
        stepDay(c[1]);
        partner.failNextRequests(5);
        driver.submit(c[1], RentCollectionProcess.Element.DECIDE_COLLECTION_QUESTION, "collector",
                List.of("collections"), Map.of("collectionDecision", "HAND_OVER"));
        Job job = management.createJobQuery().processInstanceId(c[1])
                .activityId(RentCollectionProcess.Element.HAND_OVER_TO_PARTNER).singleResult();
        for (int i = 0; i < 5; i++) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the partner is down: a retried job, then an incident
            }
        }
        assertThat(runtime.createIncidentQuery().processInstanceId(c[1]).count()).as("Cockpit shows it").isEqualTo(1);
        assertThat(partner.claim(c[0])).isNull();
        management.setJobRetries(job.getId(), 1); // Cockpit's "retry"
        management.executeJob(job.getId());
        assertThat(runtime.createIncidentQuery().processInstanceId(c[1]).count()).isZero();
        assertThat(waitingAt(c[1])).contains(RentCollectionProcess.Element.WAIT_FOR_PARTNER);

        Map<String, Object> sent = partner.claim(c[0]);
        assertThat(sent.keySet()).containsExactlyInAnyOrder("claimReference", "creditor", "contractNumber", "address",
                "debtors", "invoices", "interestToDate", "costsSoFar", "stepsSoFar", "lateInterestRate");
        Map<String, Object> disclosed = jdbc.queryForMap("select d.* from tietovahti.disclosure d where d.cause = ?",
                "collection-case:" + c[0]);
        assertThat(disclosed.get("delivery")).isEqualTo("API");
        assertThat(disclosed.get("approved_by")).isEqualTo("collector");
        assertThat(disclosed.get("delivered_to").toString()).endsWith("/simulator/collection-partner/claims");
        Map<?, ?> recorded = new com.fasterxml.jackson.databind.ObjectMapper().readValue((byte[]) disclosed
                .get("content"), Map.class);
        assertThat(recorded).as("the register holds exactly what the partner got").isEqualTo(sent);
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.disclosure_subject where disclosure_id = ? "
                + "and person_id = ?", Integer.class, disclosed.get("id"), lease.personId())).isEqualTo(1);

        String demands = "/api/collection-partner/claims/" + c[0] + "/demands";
        assertThat(rest.withBasicAuth("perinta-api", "perinta-api").postForEntity(demands, Map.of("sentOn",
                today().toString(), "fee", new BigDecimal("30.00")), Map.class).getStatusCode())
                .as("€750: the cap is €24").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rest.withBasicAuth("perinta-api", "perinta-api").postForEntity(demands, Map.of("sentOn",
                today().toString(), "fee", new BigDecimal("24.00")), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("collector", "collector").postForEntity(demands, Map.of("sentOn",
                today().toString(), "fee", BigDecimal.ONE), Map.class).getStatusCode()).as("only the partner")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(steps(c[0], "COLLECTION_LETTER")).isEqualTo(1);

        assertThat(rest.withBasicAuth("perinta-api", "perinta-api").postForEntity("/api/collection-partner/claims/"
                + c[0] + "/returned", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(driver.variable(c[1], "collectionQuestion")).isEqualTo("PARTNER_RETURNED");
        answer(c[1], "CLOSE");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(c[1]).count()).isZero();
    }

    @Test
    void aRestrictionStopsTheReminderAndTheHandOver() {
        TestLeases.Lease lease = lease(65_000, "fi", true);
        invoice(lease, today().minusDays(45), 65_000);
        String[] c = runFor(lease);
        Set<String> categories = Set.of("collection.case", "collection.step");
        restrictions.restrict("collection", categories, directory.subjectOf(List.of(lease.personId())),
                RestrictionGround.ACCURACY_CONTESTED, "test");
        stepDay(c[1]);
        assertThat(driver.variable(c[1], "collectionQuestion")).isEqualTo("RESTRICTED");
        assertThat(steps(c[0], "PAYMENT_REMINDER")).isZero();
        assertThatThrownBy(() -> driver.submit(c[1], RentCollectionProcess.Element.DECIDE_COLLECTION_QUESTION,
                "collector", List.of("collections"), Map.of("collectionDecision", "RESUME")))
                .hasMessageContaining("restricted");
        // a reminder sent before the restriction; the hand-over asked for: the disclosure register refuses it
        pretendReminderSent(c[0], today().minusDays(20));
        restrictions.restrict("tenancy", Set.of("tenancy.resident-identity"), directory.subjectOf(
                List.of(lease.personId())), RestrictionGround.ACCURACY_CONTESTED, "test");
        answer(c[1], "HAND_OVER");
        assertThat(driver.variable(c[1], "collectionQuestion")).isEqualTo("HANDOVER_REFUSED");
        assertThat(partner.claim(c[0])).isNull();
        assertThat(jdbc.queryForObject("select status from tietovahti.disclosure_request where cause = ?",
                String.class, "collection-case:" + c[0])).isEqualTo("REFUSED");
        restrictions.lift("collection", categories, directory.subjectOf(List.of(lease.personId())));
        restrictions.lift("tenancy", Set.of("tenancy.resident-identity"), directory.subjectOf(List.of(lease.personId())));
        answer(c[1], "CLOSE");
    }

    @Test
    void aClaimClearedOutsideThePaymentFeedEndsAsPaidOnItsNextStep() {
        TestLeases.Lease lease = lease(45_000, "fi", true);
        invoice(lease, today().minusDays(35), 45_000);
        String[] c = runFor(lease);
        // a credit note (the state the test needs): the invoice is no longer owed, no payment came
        jdbc.update("update tietovahti.collection_invoice set unpaid_cents = 0 where case_id = (select id from "
                + "tietovahti.collection_case where reference = ?)", c[0]);
        stepDay(c[1]);
        assertThat(driver.passed(c[1], RentCollectionProcess.Element.CASE_PAID)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from tietovahti.collection_case where reference = ?",
                String.class, c[0])).isEqualTo("PAID");
    }

    @Test
    void theDailyRunIsATimerStartedJob() {
        TestLeases.Lease lease = lease(55_000, "fi", true);
        invoice(lease, today().minusDays(25), 55_000);
        Job timer = management.createJobQuery().processDefinitionKey(RentCollectionRunProcess.KEY).timers()
                .singleResult();
        assertThat(timer).as("the run's start timer is scheduled").isNotNull();
        management.executeJob(timer.getId());
        String runId = history.createHistoricProcessInstanceQuery().processDefinitionKey(RentCollectionRunProcess.KEY)
                .orderByProcessInstanceStartTime().desc().list().get(0).getId();
        driver.runJobs(runId);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(runId).finished().count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.collection_case where tenancy_id = ?",
                Integer.class, lease.tenancyId())).isEqualTo(1);
        assertThat(((Number) history.createHistoricVariableInstanceQuery().processInstanceId(runId)
                .variableName("casesOpened").singleResult().getValue()).intValue()).isPositive();
    }
}
