package fi.tietovahti.access;

import fi.tietovahti.processes.SubjectAccessRequestProcess;
import fi.tietovahti.processes.VerifyIdentityProcess;

import fi.tietovahti.request.PrivacyRequests;
import fi.tietovahti.request.RequestDoors;

import fi.tietovahti.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.identity.simulator.SignatureSimulator;
import fi.tietovahti.testsupport.ConfiguredJobExecutor;
import fi.tietovahti.testsupport.CpuMeter;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throughput of the automated access-request path on the embedded engine and PostgreSQL, driven as in production:
 * the cases start through the REST door's service, and the engine's own job executor (with the pool and acquisition
 * settings of {@code camunda.bpm.job-execution}) runs every asynchronous step: acknowledgement, e-signature request
 * and invitation, matching, collection, DOCX + PDF + JSON, the secure delivery letter, closing. Two helper loops play
 * the outside world: the signer answers each waiting signing request through the simulator's signed webhook (over
 * HTTP), the reviewer approves each review task (the straight-through switch is on; a case with someone else's data
 * in it still gets a review). The rendering's job definition is held until every case waits there, which splits the
 * run into the path without rendering and the rendering alone. Beside it, from the same run: the engine's ceiling (an
 * empty start-to-end process). {@code ./mvnw -Pbench test -Dtest=AccessThroughputBenchmark [-Dbench.cases=1000]};
 * writes target/benchmarks/access-throughput.md. Target (subject-access issue): at least 10 cases per second.
 */
@TietovahtiTest
class AccessThroughputBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(30);

    @Autowired
    RequestDoors doors;
    @Autowired
    AccessProperties properties;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repository;
    @Autowired
    SignatureSimulator simulator;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CamundaBpmProperties camunda;
    @Autowired
    JdbcTemplate jdbc;

    private record Resident(String name, String hetu) {
    }

    @Test
    void casesPerSecond() throws Exception {
        int cases = Integer.getInteger("bench.cases", 1000);
        int threads = Integer.getInteger("bench.threads", 4);
        properties.setStraightThrough(true);
        List<Resident> residents = jdbc.query("""
                select first_name || ' ' || last_name, hetu from tietovahti.person where hetu is not null order by id""",
                (rs, i) -> new Resident(rs.getString(1), rs.getString(2)));

        double ceiling = engineCeiling(cases, threads);

        JobExecutor jobs = ConfiguredJobExecutor.of(engine, camunda);
        List<JobDefinition> rendering = management.createJobDefinitionQuery().activityIdIn(SubjectAccessRequestProcess.Element.RENDER_REPORT).list();
        rendering.forEach(d -> management.suspendJobDefinitionById(d.getId()));
        Map<String, Resident> byCase = new ConcurrentHashMap<>();
        Set<String> instances = ConcurrentHashMap.newKeySet();
        AtomicInteger reviewed = new AtomicInteger();
        ExecutorService outside = Executors.newFixedThreadPool(threads);
        long t0;
        long t1;
        long t2;
        CpuMeter whole;
        CpuMeter.Usage withoutRenderingCpu;
        CpuMeter.Usage renderingCpu;
        CpuMeter.Usage wholeCpu;
        jobs.start();
        try {
            t0 = System.nanoTime();
            whole = CpuMeter.start();
            List<Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                Resident who = residents.get(i % residents.size());
                int n = i;
                starts.add(outside.submit(() -> {
                    RequestDoors.Started s = doors.start(new PrivacyRequests.Registration(TestClock.now(), "fi",
                            PrivacyCase.Channel.REST, who.name(), "bench" + n + "@example.com", null, false), false);
                    byCase.put(s.caseNumber(), who);
                    instances.add(s.processInstanceId());
                    return null;
                }));
            }
            for (Future<?> f : starts) {
                f.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);
            }
            Set<String> signed = ConcurrentHashMap.newKeySet();
            Set<String> approved = ConcurrentHashMap.newKeySet();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (management.createJobQuery().activityId(SubjectAccessRequestProcess.Element.RENDER_REPORT).suspended().count() < cases) {
                List<Future<?>> work = new ArrayList<>();
                sign(byCase, signed, outside, work);
                approve(byCase.keySet(), approved, reviewed, outside, work);
                for (Future<?> f : work) {
                    f.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);
                }
                pause(deadline, "cases waiting for their rendering");
            }
            t1 = System.nanoTime();
            withoutRenderingCpu = whole.stop();
            CpuMeter renderingMeter = CpuMeter.start();
            rendering.forEach(d -> management.activateJobDefinitionById(d.getId(), true));
            // activating does not wake the job executor, which may be idling for its wait time
            jobs.jobWasAdded();
            while (delivered() < cases) {
                pause(deadline, "reports delivered");
            }
            t2 = System.nanoTime();
            renderingCpu = renderingMeter.stop();
            wholeCpu = whole.stop();
        } finally {
            jobs.shutdown();
            outside.shutdownNow();
            rendering.forEach(d -> management.activateJobDefinitionById(d.getId(), true));
        }

        for (String pi : instances) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).as(pi).isZero();
        }
        assertThat(delivered()).isEqualTo(cases);
        JobExecutionProperty settings = camunda.getJobExecution();
        double withoutRendering = cases / ((t1 - t0) / 1e9);
        double full = cases / ((t2 - t0) / 1e9);
        double renderingOnly = cases / ((t2 - t1) / 1e9);
        String md = String.format("""
                ## Throughput of the automated access-request path (AccessThroughputBenchmark)

                Run %s, %d cases of the %d demo residents with an identity code, 2 CPUs, Java %s. Jobs run by the
                engine's job executor as configured (pool %d-%d threads, queue %d, up to %d jobs per acquisition).
                E-signature through the simulator over HTTP, letters through GreenMail over SMTP, the review
                approved by a helper where one was needed (%d of %d cases; the others went straight through).

                | path | cases/s | total |
                |---|---|---|
                | engine ceiling: empty start-to-end process (%d threads) | %.1f | |
                | start to "report about to be rendered" (no rendering) | %.1f | %.1f s |
                | rendering and delivery alone (DOCX + PDF + JSON, link letter, close) | %.1f | %.1f s |
                | **start to report ready and delivered** | **%.1f** | %.1f s |

                Target: at least 10 cases per second.

                CPU, measured over the same windows (the machine's /proc/stat and this JVM's own CPU time):
                - start to delivered: %s
                - without rendering: %s
                - rendering and delivery: %s
                """, LocalDateTime.now().withNano(0), cases, residents.size(), System.getProperty("java.version"),
                settings.getCorePoolSize(), settings.getMaxPoolSize(), settings.getQueueCapacity(),
                ConfiguredJobExecutor.maxJobsPerAcquisition(camunda), reviewed.get(), cases, threads, ceiling,
                withoutRendering, (t1 - t0) / 1e9, renderingOnly, (t2 - t1) / 1e9, full, (t2 - t0) / 1e9, wholeCpu.describe(cases, "case"),
                withoutRenderingCpu.describe(cases, "case"), renderingCpu.describe(cases, "case"));
        Path out = Path.of("target/benchmarks/access-throughput.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        org.slf4j.LoggerFactory.getLogger(AccessThroughputBenchmark.class).info("\n{}", md);
    }


    /** The signer: every case whose identity check waits for the signature signs, as its resident, over HTTP. */
    private void sign(Map<String, Resident> byCase, Set<String> signed, ExecutorService outside, List<Future<?>> work) {
        Set<String> waiting = new HashSet<>();
        for (Execution e : runtime.createExecutionQuery().messageEventSubscriptionName(VerifyIdentityProcess.Message.IDENTITY_SIGNED).list()) {
            if (!signed.contains(e.getProcessInstanceId())) {
                waiting.add(e.getProcessInstanceId());
            }
        }
        if (waiting.isEmpty()) {
            return;
        }
        for (ProcessInstance verification : runtime.createProcessInstanceQuery().processInstanceIds(waiting).list()) {
            Resident who = byCase.get(verification.getBusinessKey());
            if (who != null && signed.add(verification.getId())) {
                work.add(outside.submit(() -> {
                    String request = (String) runtime.getVariable(verification.getId(), "signingRequestId");
                    assertThat(simulator.complete(request, who.name(), who.hetu()).status()).isLessThan(300);
                    return null;
                }));
            }
        }
    }

    /**
     * The reviewer: approves every review task of the run's cases without redactions. The task is in the access
     * right's instance, which the front called: it is found by the case number, which both carry.
     */
    private void approve(Set<String> caseNumbers, Set<String> approved, AtomicInteger reviewed,
                         ExecutorService outside, List<Future<?>> work) {
        if (caseNumbers.isEmpty()) {
            return;
        }
        for (Task task : tasks.createTaskQuery().taskDefinitionKey(SubjectAccessRequestProcess.Element.REVIEW_AND_REDACT)
                .processInstanceBusinessKeyIn(caseNumbers.toArray(String[]::new)).listPage(0, 500)) {
            if (approved.add(task.getId())) {
                reviewed.incrementAndGet();
                work.add(outside.submit(() -> {
                    identityService.setAuthentication("handler", List.of("privacy-handlers"));
                    try {
                        tasks.complete(task.getId(), Map.of());
                    } finally {
                        identityService.clearAuthentication();
                    }
                    return null;
                }));
            }
        }
    }

    private int delivered() {
        return jdbc.queryForObject("""
                select count(*) from tietovahti.privacy_case where requester_email like 'bench%@example.com'
                and outcome = 'DELIVERED'""", Integer.class);
    }

    private static void pause(long deadline, String waitingFor) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new AssertionError("gave up after " + PATIENCE + " waiting for " + waitingFor);
        }
        Thread.sleep(100);
    }

    /** Empty start-to-end instances per second, on the same pool: what the engine and database alone allow. */
    private double engineCeiling(int cases, int threads) throws Exception {
        BpmnModelInstance empty = Bpmn.createExecutableProcess("bench-empty").camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done();
        repository.createDeployment().addModelInstance("bench-empty.bpmn", empty).deploy();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            started.add(pool.submit(() -> runtime.startProcessInstanceByKey("bench-empty")));
        }
        for (Future<?> f : started) {
            f.get();
        }
        long t1 = System.nanoTime();
        pool.shutdown();
        return cases / ((t1 - t0) / 1e9);
    }
}
