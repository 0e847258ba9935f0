package fi.tietovahti.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.identity.simulator.SignatureSimulator;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
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
 * Throughput of the automated access-request path on the embedded engine and PostgreSQL: start (REST door's
 * service), acknowledgement, e-signature request and invitation, the simulator's signed webhook, matching,
 * collection, the review auto-approved when there is one (the straight-through switch on), DOCX + PDF + JSON,
 * secure delivery letter, close. Beside it, from the same run: the engine's ceiling (an empty start-to-end process)
 * and the same path without rendering (everything up to the RenderReport job). Jobs are executed by a pool of
 * {@code bench.threads} workers (default 4 on 2 cores), each driving its own cases, as the job executor would.
 * {@code ./mvnw -Pbench test -Dtest=AccessThroughputBenchmark [-Dbench.cases=1000]}; writes
 * target/benchmarks/access-throughput.md. Target (subject-access issue): at least 10 cases per second.
 */
@TietovahtiTest
class AccessThroughputBenchmark {

    @Autowired
    AccessRequestDoors doors;
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
    org.camunda.bpm.engine.FormService forms;
    @Autowired
    JdbcTemplate jdbc;

    private record Resident(String name, String hetu) {
    }

    @Test
    void casesPerSecond() throws Exception {
        int cases = Integer.getInteger("bench.cases", 1000);
        int threads = Integer.getInteger("bench.threads", 4);
        properties.setStraightThrough(true);
        AccessRequestDriver driver = new AccessRequestDriver(runtime, management, tasks, identityService, forms);
        List<Resident> residents = jdbc.query("""
                select first_name || ' ' || last_name, hetu from tietovahti.person where hetu is not null order by id""",
                (rs, i) -> new Resident(rs.getString(1), rs.getString(2)));

        double ceiling = engineCeiling(cases, threads);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> instances = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger reviewed = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> phase1 = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Resident who = residents.get(i % residents.size());
            int n = i;
            phase1.add(pool.submit(() -> {
                AccessRequestDoors.Started s = doors.start(new AccessRequests.Registration(Instant.now(), "fi",
                        PrivacyCase.Channel.REST, who.name(), "bench" + n + "@example.com", null, false), false);
                driver.runJobsExcept(s.processInstanceId(), "RenderReport");
                String request = (String) runtime.getVariable(driver.instanceIds(s.processInstanceId()).get(1),
                        "signingRequestId");
                simulator.complete(request, who.name(), who.hetu());
                driver.runJobsExcept(s.processInstanceId(), "RenderReport");
                if (!tasks.createTaskQuery().processInstanceId(s.processInstanceId())
                        .taskDefinitionKey("ReviewAndRedact").list().isEmpty()) {
                    reviewed.incrementAndGet();
                    identityService.setAuthentication("handler", List.of("privacy-handlers"));
                    try {
                        tasks.complete(driver.task(s.processInstanceId(), "ReviewAndRedact").getId(), Map.of());
                    } finally {
                        identityService.clearAuthentication();
                    }
                }
                instances.add(s.processInstanceId());
                return null;
            }));
        }
        for (Future<?> f : phase1) {
            f.get();
        }
        long t1 = System.nanoTime();
        List<Future<?>> phase2 = new ArrayList<>();
        for (String pi : instances) {
            phase2.add(pool.submit(() -> {
                driver.runJobs(pi);
                return null;
            }));
        }
        for (Future<?> f : phase2) {
            f.get();
        }
        long t2 = System.nanoTime();
        pool.shutdown();

        for (String pi : instances) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).as(pi).isZero();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.privacy_case where requester_email like 'bench%@example.com'
                and outcome = 'DELIVERED'""", Integer.class)).isEqualTo(cases);
        double withoutRendering = cases / ((t1 - t0) / 1e9);
        double full = cases / ((t2 - t0) / 1e9);
        double renderingOnly = cases / ((t2 - t1) / 1e9);
        String md = String.format("""
                ## Throughput of the automated access-request path (AccessThroughputBenchmark)

                Run %s, %d cases of the %d demo residents with an identity code, %d worker threads, 2 CPUs,
                Java %s. E-signature through the simulator over HTTP, letters through GreenMail over SMTP, the review
                auto-approved where one was needed (%d of %d cases; the others went straight through).

                | path | cases/s | total |
                |---|---|---|
                | engine ceiling: empty start-to-end process | %.1f | |
                | start to "report about to be rendered" (no rendering) | %.1f | %.1f s |
                | rendering and delivery alone (DOCX + PDF + JSON, link letter, close) | %.1f | %.1f s |
                | **start to report ready and delivered** | **%.1f** | %.1f s |

                Target: at least 10 cases per second.
                """, LocalDateTime.now().withNano(0), cases, residents.size(), threads, System.getProperty("java.version"),
                reviewed.get(), cases, ceiling, withoutRendering, (t1 - t0) / 1e9, renderingOnly, (t2 - t1) / 1e9, full,
                (t2 - t0) / 1e9);
        Path out = Path.of("target/benchmarks/access-throughput.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        org.slf4j.LoggerFactory.getLogger(AccessThroughputBenchmark.class).info("\n{}", md);
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
