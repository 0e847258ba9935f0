package fi.tietovahti.erasure;

import fi.tietovahti.processes.ErasureHoldSweepProcess;
import fi.tietovahti.processes.ErasureRequestProcess;
import fi.tietovahti.processes.PrivacyRequestProcess;

import fi.tietovahti.recipients.RecipientNotices;

import fi.tietovahti.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.letters.AccessReportRenderer;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import fi.tietovahti.registers.ErasureAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * erasure-request end to end on the real engine, PostgreSQL and GreenMail: a former tenant and a running tenant ask
 * for erasure, the handler reviews the decision table's plan (and the DPO rules on releasing a hold), the registers
 * lose what the plan lets go (checked in the database), the processors are told, the answer is read back with
 * docx4j, and the holds are released later by the sweep.
 */
class ErasureRequestIT extends RequestProcessTest {

    @Override
    protected java.util.List<String> processesWalked() {
        return java.util.List.of(RequestDoors.rightProcess(PrivacyCase.Type.ERASURE));
    }


    @Autowired
    CaseDocuments documents;
    @Autowired
    ErasureRequests requests;
    @Autowired
    RecipientNotices notices;
    @Autowired
    ErasureHolds holds;
    @Autowired
    ErasureFacts facts;
    @Autowired
    DecisionService decisions;
    @Autowired
    Catalogue catalogue;
    @Autowired
    LetterTexts letters;
    @Autowired
    OutboundMail mail;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    fi.tietovahti.registers.tenancy.ResidentDirectory residents;

    /** A former tenant with bookings and service contacts and no open claim: most of their data may go. */
    private static final String FORMER_TENANT_WITH_BOOKINGS = """
                exists (select 1 from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                        where o.person_id = p.id and o.role = 'MAIN_TENANT'
                          and t.end_date between current_date - 1000 and current_date - 400)
                and not exists (select 1 from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                                where o.person_id = p.id and (t.end_date is null or t.end_date >= current_date)
                                  and (o.moved_out is null or o.moved_out >= current_date))
                and exists (select 1 from tietovahti.booking b where b.person_id = p.id)
                and exists (select 1 from tietovahti.service_interaction s where s.person_id = p.id)
                and not exists (select 1 from tietovahti.collection_case c join tietovahti.tenancy t on t.id = c.tenancy_id
                                join tietovahti.occupancy o on o.tenancy_id = t.id
                                where o.person_id = p.id and c.status not in ('PAID', 'CLOSED'))""";

    // ---- helpers

    private record Resident(long id, String name, String hetu, List<Long> tenancies) {
    }

    /** A person of the demo data, from the end of the id range (other tests take theirs from the start). */
    private Resident resident(String condition) {
        Map<String, Object> row = jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3) and %s
                order by p.id desc limit 1""".formatted(TestClock.sqlToday(condition)));
        long id = ((Number) row.get("id")).longValue();
        return new Resident(id, (String) row.get("name"), (String) row.get("hetu"),
                List.copyOf(residents.subjectOf(List.of(id)).contractTenancyIds()));
    }

    private RequestDoors.Started startAtTheDesk(Resident r, String language) {
        return driver.startAtTheDesk(doors, PrivacyCase.Type.ERASURE, r.name(), "erasure." + r.id() + "@example.com",
                r.hetu(), language);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private String tenancies(Resident r) {
        return r.tenancies().isEmpty() ? "-1" : String.join(",", r.tenancies().stream().map(String::valueOf).toList());
    }

    private List<String> lettersTo(String address) {
        return jdbc.queryForList("select subject from tietovahti.mail_outbox where recipient = ? and status = 'SENT'",
                String.class, address);
    }

    private String answerText(String caseNumber) {
        long caseId = cases.byNumber(caseNumber).getId();
        return AccessReportRenderer.textOf(documents.content(caseId, CaseDocuments.Kind.ANSWER_DOCX).orElseThrow());
    }

    // ---- the paths

    @Test
    void aFormerTenantsDataGoesExceptTheLedgerAndWhatTheHandlerKeepsAndTheSweepTakesTheRestLater() throws Exception {
        Resident former = resident(FORMER_TENANT_WITH_BOOKINGS);
        int ledger = count("select count(*) from tietovahti.ledger_entry where tenancy_id in (" + tenancies(former) + ")");
        int bookings = count("select count(*) from tietovahti.booking where person_id = ?", former.id());
        assertThat(ledger).isPositive();

        RequestDoors.Started started = startAtTheDesk(former, "en");
        String pi = started.processInstanceId();
        assertThat(lettersTo("erasure." + former.id() + "@example.com"))
                .anyMatch(s -> s.contains("We have received your request for erasure"));

        // the plan in the review task: the categories with data, the decision table's grounds
        Task review = driver.task(pi, ErasureRequestProcess.Element.REVIEW_ERASURE_PLAN);
        SpinJsonNode rows = (SpinJsonNode) tasks.getVariableLocal(review.getId(), OfferErasurePlanListener.ROWS);
        assertThat(rows.elements()).isNotEmpty();
        assertThat(rows.toString()).contains("Accounting Act").contains("KEEP").contains("ERASE");
        assertThat(((SpinJsonNode) tasks.getVariableLocal(review.getId(), OfferErasurePlanListener.KEEP_OPTIONS))
                .toString()).contains("bookings.reservation");

        // an incomplete change is refused with the reason, and nothing changes
        assertThatThrownBy(() -> driver.completeAsHandler(pi, ErasureRequestProcess.Element.REVIEW_ERASURE_PLAN, Map.of(
                "keepInstead", List.of("bookings.reservation"), "sensitiveChangeReason", "A dispute over a booking")))
                .hasMessageContaining("date");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, ErasureRequestProcess.Element.REVIEW_ERASURE_PLAN, Map.of(
                "keepInstead", List.of("bookings.reservation"), "keepUntil", TestClock.today().plusDays(1).toString())))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, ErasureRequestProcess.Element.REVIEW_ERASURE_PLAN, Map.of(
                "keepInstead", List.of("no.such-category"), "keepUntil", TestClock.today().plusDays(1).toString(),
                "sensitiveChangeReason", "x"))).hasMessageContaining("no such category");
        assertThat(requests.decisions(started.caseNumber())).noneMatch(ErasureRequests.Decision::changed);

        // the handler keeps the bookings for a day (a dispute), asks for the letter; no hold is released: no DPO
        driver.completeAsHandler(pi, ErasureRequestProcess.Element.REVIEW_ERASURE_PLAN, Map.of("keepInstead", List.of("bookings.reservation"),
                "keepUntil", TestClock.today().plusDays(1).toString(), "sensitiveChangeReason",
                "A dispute over a sauna booking is pending", "notifyWhenHoldEnds", true));

        assertThat(driver.instance(pi)).as("the case is closed").isNull();
        PrivacyCase kase = cases.byNumber(started.caseNumber());
        assertThat(kase.getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        assertThat(kase.getDeliveredAt()).isNotNull();

        // in the database: optional and post-tenancy data gone, the ledger and the kept bookings stay
        assertThat(count("select count(*) from tietovahti.service_interaction where person_id = ?", former.id())).isZero();
        assertThat(count("select count(*) from tietovahti.booking where person_id = ?", former.id()))
                .as("kept on review").isEqualTo(bookings);
        assertThat(count("select count(*) from tietovahti.ledger_entry where tenancy_id in (" + tenancies(former) + ")"))
                .as("the Accounting Act holds the ledger").isEqualTo(ledger);
        ErasureRequests.Decision kept = requests.decisions(started.caseNumber()).stream()
                .filter(d -> d.category().equals("bookings.reservation")).findFirst().orElseThrow();
        assertThat(kept.action()).isEqualTo(ErasureAction.KEEP);
        assertThat(kept.holdRule()).isEqualTo(ErasureRequests.REVIEW_HOLD);
        assertThat(jdbc.queryForObject("select change_reason from tietovahti.erasure_decision d join "
                + "tietovahti.privacy_case c on c.id = d.case_id where c.case_number = ? and d.category_id = ?",
                String.class, started.caseNumber(), "bookings.reservation")).contains("sauna");

        // Art. 19: the processors of what was erased were told, through the outbox
        assertThat(notices.told(kase)).contains("processor-it").doesNotContain("bailiff", "courts");
        assertThat(lettersTo("tietosuoja@jarjestelmatoimittaja.example"))
                .anyMatch(s -> s.contains(started.caseNumber()) && s.contains("19 artikla"));

        // the answer: what went, what stays, why and until when, the recipients told, the Ombudsman
        String answer = answerText(started.caseNumber());
        assertThat(answer).contains("Reply to your request for erasure").contains(former.name())
                .contains("Data erased").contains("Data kept").contains("Kirjanpitolaki")
                .contains("Kept on the handler's review").contains("IT-system providers")
                .contains("Data Protection Ombudsman").doesNotContain(former.hetu());
        assertThat(lettersTo("erasure." + former.id() + "@example.com"))
                .anyMatch(s -> s.contains("open the secure delivery"));

        // executing again changes nothing and tells nobody again
        assertThat(requests.execute(started.caseNumber()).total()).isZero();
        int noticesBefore = count("select count(*) from tietovahti.erasure_notice where case_id = ?", kase.getId());

        // the day after the handler's date: the sweep erases the bookings and tells the requester
        Clock dayAfter = Clock.fixed(TestClock.now().plus(java.time.Duration.ofDays(2)), ZoneId.of("Europe/Helsinki"));
        ErasureHolds later = new ErasureHolds(requests, new ErasurePlanner(decisions, catalogue, facts, dayAfter),
                notices, cases, letters, mail, jdbc, transactions, dayAfter);
        ErasureHolds.Swept swept = later.sweep(List.of(kase.getId()));
        assertThat(swept.failed()).isZero();
        assertThat(count("select count(*) from tietovahti.booking where person_id = ?", former.id())).isZero();
        assertThat(count("select count(*) from tietovahti.ledger_entry where tenancy_id in (" + tenancies(former) + ")"))
                .as("still held by law").isEqualTo(ledger);
        assertThat(lettersTo("erasure." + former.id() + "@example.com"))
                .anyMatch(s -> s.contains("The data we kept has now been erased"));
        assertThat(count("select count(*) from tietovahti.erasure_notice where case_id = ?", kase.getId()))
                .as("the bookings' processors told too").isGreaterThanOrEqualTo(noticesBefore);

        // eleven years on, the Accounting Act's hold has ended: the ledger goes as well
        Clock decadeLater = Clock.fixed(TestClock.now().plus(java.time.Duration.ofDays(11 * 366)),
                ZoneId.of("Europe/Helsinki"));
        new ErasureHolds(requests, new ErasurePlanner(decisions, catalogue, facts, decadeLater), notices, cases,
                letters, mail, jdbc, transactions, decadeLater).sweep(List.of(kase.getId()));
        assertThat(count("select count(*) from tietovahti.ledger_entry where tenancy_id in (" + tenancies(former) + ")"))
                .as("the ledger after its hold").isZero();
        assertThat(requests.decisions(started.caseNumber())).filteredOn(d -> d.register().equals("rent-ledger"))
                .allSatisfy(d -> assertThat(d.releasedAt()).isNotNull());
        assertThat(holds.sweep().released()).as("nothing left to release today").isZero();
    }

    @Test
    void theEngineSweepsEachCaseInAJobOfItsOwnAndAFailingCaseIsOneIncidentUntilItIsMended() {
        Resident former = resident(FORMER_TENANT_WITH_BOOKINGS);
        RequestDoors.Started started = startAtTheDesk(former, "en");
        driver.completeAsHandler(started.processInstanceId(), ErasureRequestProcess.Element.REVIEW_ERASURE_PLAN, Map.of(
                "keepInstead", List.of("bookings.reservation"), "keepUntil", TestClock.today().plusDays(1).toString(),
                "sensitiveChangeReason", "A dispute over a sauna booking is pending", "notifyWhenHoldEnds", true));
        long caseId = cases.byNumber(started.caseNumber()).getId();
        String requester = "erasure." + former.id() + "@example.com";
        assertThat(count("select count(*) from tietovahti.booking where person_id = ?", former.id())).isPositive();
        // the handler's date has come (the suite's clock stands still: the row is moved instead)
        jdbc.update("""
                update tietovahti.erasure_decision set hold_ends_on = ?
                where case_id = ? and category_id = 'bookings.reservation'""", java.sql.Date.valueOf(TestClock.today()),
                caseId);

        String night = sweepTonight();
        assertThat(management.createJobQuery().processInstanceId(night).count()).as("every case's job ran").isZero();
        assertThat(count("select count(*) from tietovahti.booking where person_id = ?", former.id())).isZero();
        assertThat(lettersTo(requester)).filteredOn(s -> s.contains("has now been erased")).hasSize(1);
        assertThat(holds.release(caseId).released()).as("a second release finds nothing").isZero();
        assertThat(lettersTo(requester)).filteredOn(s -> s.contains("has now been erased")).hasSize(1);

        // a case whose release fails: retried, then one incident on its own job, while the night's other cases end
        jdbc.update("""
                insert into tietovahti.erasure_decision (case_id, register_id, category_id, records_held, planned_action,
                    planned_ground, action, ground, hold_ends_on, executed_at)
                values (?, 'no-such-register', 'no.such-category', 1, 'KEEP', 'test', 'KEEP', 'test', ?, now())""",
                caseId, java.sql.Date.valueOf(TestClock.today()));
        String failing = sweepTonight();
        assertThat(runtime.createIncidentQuery().processInstanceId(failing).list()).singleElement()
                .satisfies(i -> assertThat(i.getActivityId()).isEqualTo(ErasureHoldSweepProcess.Element.RELEASE_ENDED_HOLDS));
        assertThat(runtime.getVariable(runtime.createIncidentQuery().processInstanceId(failing).singleResult()
                .getExecutionId(), "caseId")).isEqualTo(caseId);

        // the next night leaves that case to the incident: one incident, not one more every night
        String next = sweepTonight();
        assertThat(runtime.createIncidentQuery().processDefinitionKeyIn(ErasureHolds.SWEEP_PROCESS).count())
                .isEqualTo(1);
        assertThat(historyOf(next)).doesNotContain(caseId);

        // mended: the retried job succeeds, the incident closes and the night's sweep ends
        jdbc.update("delete from tietovahti.erasure_decision where case_id = ? and category_id = 'no.such-category'",
                caseId);
        org.camunda.bpm.engine.runtime.Job stuck = management.createJobQuery().processInstanceId(failing).singleResult();
        management.setJobRetries(stuck.getId(), 1);
        management.executeJob(stuck.getId());
        assertThat(runtime.createIncidentQuery().processDefinitionKeyIn(ErasureHolds.SWEEP_PROCESS).count()).isZero();
        assertThat(driver.instance(failing)).isNull();
    }

    /** Fires the sweep's timer and runs its jobs as a node's job executor would; returns the night's instance. */
    private String sweepTonight() {
        org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery()
                .processDefinitionKey(ErasureHolds.SWEEP_PROCESS).timers().singleResult();
        assertThat(timer).as("the sweep's timer is scheduled").isNotNull();
        java.util.Set<String> before = new java.util.HashSet<>(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ErasureHolds.SWEEP_PROCESS).list().stream().map(p -> p.getId()).toList());
        management.executeJob(timer.getId());
        String night = history.createHistoricProcessInstanceQuery().processDefinitionKey(ErasureHolds.SWEEP_PROCESS)
                .list().stream().map(p -> p.getId()).filter(id -> !before.contains(id)).findFirst().orElseThrow();
        for (int round = 0; round < 10; round++) {
            List<org.camunda.bpm.engine.runtime.Job> jobs = management.createJobQuery().processInstanceId(night)
                    .withRetriesLeft().list();
            if (jobs.isEmpty()) {
                break;
            }
            for (org.camunda.bpm.engine.runtime.Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // the engine counts the retries down and raises the incident at the last
                }
            }
        }
        return night;
    }

    /** The case ids a sweep handled (its history keeps each release's caseId). */
    private List<Long> historyOf(String sweep) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(sweep).variableName("caseId").list()
                .stream().map(v -> ((Number) v.getValue()).longValue()).toList();
    }

    @Test
    void releasingAHoldOfARunningTenancyNeedsTheDpoWhoMayRefuseIt() throws Exception {
        Resident tenant = resident("""
                exists (select 1 from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                        where o.person_id = p.id and o.role = 'MAIN_TENANT' and t.end_date is null)
                and exists (select 1 from tietovahti.key_handover k join tietovahti.occupancy o on o.tenancy_id = k.tenancy_id
                            where o.person_id = p.id)
                and exists (select 1 from tietovahti.booking b where b.person_id = p.id)""");
        int keys = count("""
                select count(*) from tietovahti.key_handover where tenancy_id in (%s)""".formatted(tenancies(tenant)));

        RequestDoors.Started started = startAtTheDesk(tenant, "sv");
        String pi = started.processInstanceId();
        driver.completeAsHandler(pi, ErasureRequestProcess.Element.REVIEW_ERASURE_PLAN, Map.of("eraseInstead", List.of("keys.handover"),
                "sensitiveChangeReason", "The resident says the keys were returned"));
        assertThat(driver.variable(pi, "dpoApprovalNeeded")).isEqualTo(true);

        Task approval = driver.task(pi, ErasureRequestProcess.Element.APPROVE_ERASURE_PLAN);
        assertThat(tasks.getVariableLocal(approval.getId(), OfferErasurePlanListener.ROWS).toString())
                .contains("KEEP").contains("ERASE").doesNotContain("bookings");
        // the approval is the DPO's: a handler is refused by the engine (task permissions follow the candidate group)
        assertThatThrownBy(() -> driver.completeAsHandler(pi, ErasureRequestProcess.Element.APPROVE_ERASURE_PLAN, Map.of("releaseApproved", "true")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessageContaining("TASK_WORK");
        driver.completeAsDpo(pi, ErasureRequestProcess.Element.APPROVE_ERASURE_PLAN, Map.of("releaseApproved", "false"));

        assertThat(driver.instance(pi)).isNull();
        assertThat(count("select count(*) from tietovahti.key_handover where tenancy_id in (%s)".formatted(
                tenancies(tenant)))).as("the DPO refused: the keys stay").isEqualTo(keys);
        assertThat(count("select count(*) from tietovahti.booking where person_id = ?", tenant.id()))
                .as("bookings are kept while the tenancy runs").isPositive();
        ErasureRequests.Decision handovers = requests.decisions(started.caseNumber()).stream()
                .filter(d -> d.category().equals("keys.handover")).findFirst().orElseThrow();
        assertThat(handovers.action()).isEqualTo(ErasureAction.KEEP);
        assertThat(handovers.dpoDecision()).isEqualTo("REFUSED");
        String answer = answerText(started.caseNumber());
        assertThat(answer).contains("Svar på begäran om radering").contains("Uppgifter som sparas")
                .contains("efter att hyresförhållandet");
        // held without a date: the sweep looks again every day and keeps it while the tenancy runs
        holds.sweep();
        assertThat(count("select count(*) from tietovahti.key_handover where tenancy_id in (%s)".formatted(
                tenancies(tenant)))).isEqualTo(keys);
    }

    @Test
    void somebodyWithoutDataGetsTheErasuresNoDataLetter() {
        RequestDoors.Started started = startAtTheDesk(new Resident(0, "Maija Meikäläinen", "010170-902L",
                List.of()), "fi");
        assertThat(driver.instance(started.processInstanceId())).isNull();
        assertThat(cases.byNumber(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.NO_DATA);
        assertThat(lettersTo("erasure.0@example.com")).anyMatch(s -> s.contains("Vastaus poistopyyntöösi"));
    }

    @Test
    void theSharedDeadlineWatchExtendsAnErasureRequestWithTheErasuresOwnLetter() {
        Resident nobody = new Resident(0, "Eetu Eräpäivä", "010170-902L", List.of());
        RequestDoors.Started started = driver.startAtTheDesk(doors, PrivacyCase.Type.ERASURE, nobody.name(),
                "slow.erasure@example.com", nobody.hetu(), "sv");
        // the case is answered at once (no data); a second request, left waiting at the desk check, is watched
        RequestDoors.Started waiting = doors.start(new fi.tietovahti.request.PrivacyRequests.Registration(
                PrivacyCase.Type.ERASURE, TestClock.now(), "sv", PrivacyCase.Channel.DESK, nobody.name(),
                "slow.erasure@example.com", null, false), true);
        String pi = waiting.processInstanceId();
        driver.runJobs(pi);
        driver.fireTimer(pi, PrivacyRequestProcess.Element.DEADLINE_AT_RISK_START);
        driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "true", "extensionMonths", "1",
                "extensionGround", "NUMBER_OF_REQUESTS", "sensitiveExtensionReason", "Uppgifterna finns i flera system."));
        assertThat(cases.byNumber(waiting.caseNumber()).getExtensionMonths()).isEqualTo(1);
        assertThat(lettersTo("slow.erasure@example.com"))
                .anyMatch(s -> s.contains(waiting.caseNumber()) && s.contains("Handläggningstiden för din begäran om radering"));
        // the letter names the ground of Art. 12(3); the DPO's own words stay on the case
        assertThat(jdbc.queryForObject("select body from tietovahti.mail_outbox where case_number = ? and subject like ?",
                String.class, waiting.caseNumber(), "%Handläggningstiden%"))
                .contains("Skälet: vi har fått ett exceptionellt stort antal begäranden.").doesNotContain("flera system");
        assertThat(cases.byNumber(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.NO_DATA);
        runtime.deleteProcessInstance(pi, "test over");
    }
}
