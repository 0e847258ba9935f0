package fi.tietovahti.dpo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.InfrastructureInitializer;
import fi.tietovahti.testsupport.TestClock;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The DPO's deadline view (GET /api/dpo/deadlines, as Cockpit's dashboard asks it) with 100,000 closed and 5,000
 * open cases in the database: latency over HTTP on loopback, one request at a time as a DPO's browser sends them,
 * after a warm-up. Baseline in the same process, alternating with it: GET /api/dpo/cases/{unknown} (the same
 * authentication, controller and one indexed lookup, answered 404), so the ratio is the board's own cost on a
 * machine whose speed varies. {@code ./mvnw -Pbench test -Dtest=DeadlineBoardBenchmark}; writes
 * target/benchmarks/deadline-board.md. Target (issue 15): p95 under 100 ms.
 */
@TietovahtiTest
class DeadlineBoardBenchmark {

    private static final int CLOSED = 100_000;
    private static final int OPEN = 5_000;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheCases() {
        jdbc.update("delete from tietovahti.privacy_case where case_number like 'TV-1980-%'");
    }

    @Test
    void deadlineViewLatency() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 400);
        String today = TestClock.today().toString();
        // closed cases over three years; open ones spread from 10 days late to 60 days ahead, a tenth extended
        jdbc.update("""
                insert into tietovahti.privacy_case (case_number, case_type, received_at, language, channel,
                    requester_name, created_at, legal_deadline, internal_target, closed_at, outcome, on_time_legal,
                    on_time_target)
                select 'TV-1980-' || lpad(g::text, 6, '0'), (array['ACCESS','ERASURE','RECTIFICATION','RESTRICTION',
                        'PORTABILITY','OBJECTION'])[1 + g % 6], ?::date - (g % 1100) - 40, 'fi', 'EMAIL',
                       'Benchmark Resident', now(), ?::date - (g % 1100), ?::date - (g % 1100) - 1,
                       ?::date - (g % 1100) - 5, 'ANSWERED', true, true
                from generate_series(1, ?) g""", today, today, today, today, CLOSED);
        jdbc.update("""
                insert into tietovahti.privacy_case (case_number, case_type, received_at, language, channel,
                    requester_name, created_at, legal_deadline, internal_target, identity_paused_days,
                    extension_months, extension_reason, extended_by, extended_at)
                select 'TV-1980-' || lpad((? + g)::text, 6, '0'), (array['ACCESS','ERASURE','RECTIFICATION',
                        'RESTRICTION','PORTABILITY','OBJECTION'])[1 + g % 6], ?::date - 20, 'fi', 'EMAIL',
                       'Benchmark Resident', now(), ?::date + (g % 71) - 10, ?::date + (g % 71) - 11, g % 3,
                       case when g % 10 = 0 then 1 end, case when g % 10 = 0 then 'complex' end,
                       case when g % 10 = 0 then 'dpo' end, case when g % 10 = 0 then now() end
                from generate_series(1, ?) g""", CLOSED, today, today, today, OPEN);
        jdbc.execute("analyze tietovahti.privacy_case");

        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + InfrastructureInitializer.PORT;
        String auth = "Basic " + Base64.getEncoder().encodeToString("dpo:dpo".getBytes(StandardCharsets.UTF_8));
        HttpRequest board = HttpRequest.newBuilder(URI.create(base + "/api/dpo/deadlines")).header("Authorization", auth)
                .build();
        HttpRequest baseline = HttpRequest.newBuilder(URI.create(base + "/api/dpo/cases/TV-1970-000000"))
                .header("Authorization", auth).build();

        HttpResponse<String> first = http.send(board, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"open\":" + (OPEN + openBefore()));
        for (int i = 0; i < 50; i++) {
            http.send(board, HttpResponse.BodyHandlers.discarding());
            http.send(baseline, HttpResponse.BodyHandlers.discarding());
        }
        long[] boardNanos = new long[rounds];
        long[] baselineNanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            boardNanos[i] = time(http, board, 200);
            baselineNanos[i] = time(http, baseline, 404);
        }
        double p50 = percentile(boardNanos, 50);
        double p95 = percentile(boardNanos, 95);
        double baseP50 = percentile(baselineNanos, 50);
        double baseP95 = percentile(baselineNanos, 95);

        String md = String.format("""
                ## The DPO's deadline view (DeadlineBoardBenchmark)

                Run %s: %,d closed and %,d open cases in privacy_case; GET /api/dpo/deadlines (50 cases listed per
                bucket, all counted) as the DPO over HTTP on loopback, one request at a time, %d rounds after 50
                warm-up rounds, alternating with the baseline GET /api/dpo/cases/{unknown} (same authentication and
                controller, one indexed lookup, 404); response %,d bytes; 2 CPUs; Java %s.

                | | p50 | p95 |
                |---|---:|---:|
                | deadline view | %.1f ms | **%.1f ms** |
                | baseline | %.1f ms | %.1f ms |
                | ratio | %.1f× | %.1f× |

                Target: p95 under 100 ms.
                """, LocalDateTime.now().withNano(0), CLOSED, OPEN, rounds, first.body().length(),
                System.getProperty("java.version"), p50, p95, baseP50, baseP95, p50 / baseP50, p95 / baseP95);
        Path out = Path.of("target/benchmarks/deadline-board.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        org.slf4j.LoggerFactory.getLogger(DeadlineBoardBenchmark.class).info("\n{}", md);
    }

    private int openBefore() {
        return jdbc.queryForObject("""
                select count(*) from tietovahti.privacy_case where closed_at is null
                and case_number not like 'TV-1980-%'""", Integer.class);
    }

    private static long time(HttpClient http, HttpRequest request, int status) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        assertThat(response.statusCode()).isEqualTo(status);
        return took;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
