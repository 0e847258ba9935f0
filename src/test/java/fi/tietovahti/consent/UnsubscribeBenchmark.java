package fi.tietovahti.consent;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.InfrastructureInitializer;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newsletter's unsubscribe link under load from a second process on loopback: wrk (Debian package {@code wrk})
 * POSTs one-click unsubscribes, each with a different subscriber's token, for {@code bench.seconds} (default 20)
 * over {@code bench.connections} connections (default 8) after a warm-up; requests per second and p99 latency
 * from wrk, then every answered unsubscribe checked in the database. {@code ./mvnw -Pbench test
 * -Dtest=UnsubscribeBenchmark}; writes target/benchmarks/unsubscribe.md. Target (erasure and other rights issue):
 * at least 500 per second with p99 under 50 ms, every unsubscribe durable.
 */
@TietovahtiTest
class UnsubscribeBenchmark {

    private static final String SCRIPT = """
            -- each wrk thread unsubscribes its own range of subscribers, one new token per request
            local threads = {}
            function setup(thread)
              thread:set("id", #threads)
              table.insert(threads, thread)
            end
            function init(args)
              prefix = args[1]
              per = tonumber(args[2])
              first = tonumber(args[3])
              counter = 0
            end
            function request()
              counter = counter + 1
              local n = first + id * per + counter
              return wrk.format("POST", "/newsletter/unsubscribe/" .. prefix .. string.format("%010d", n))
            end
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unsubscribesPerSecond() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int connections = Integer.getInteger("bench.connections", 8);
        int threads = 2;
        int per = 50_000;
        String prefix = "bench" + System.currentTimeMillis();
        jdbc.update("""
                insert into tietovahti.newsletter_subscriber (email, consent_given_at, consent_text, unsubscribe_token)
                select ? || g || '@example.com', now(), 'benchmark', ? || lpad(g::text, 10, '0')
                from generate_series(1, ?) g""", prefix + ".", prefix, 2 * threads * per);
        Path script = Files.createTempFile("unsubscribe", ".lua");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        String url = "http://127.0.0.1:" + InfrastructureInitializer.PORT;

        wrk(script, url, 5, connections, threads, prefix, per, threads * per); // warm-up, its own subscribers
        long before = unsubscribed(prefix);
        String out = wrk(script, url, seconds, connections, threads, prefix, per, 0);
        long after = unsubscribed(prefix);

        long requests = Long.parseLong(find(out, "(\\d+) requests in"));
        double perSecond = Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)"));
        String p50 = find(out, "\\n\\s+50%\\s+(\\S+)");
        String p99 = find(out, "\\n\\s+99%\\s+(\\S+)");
        Matcher errors = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        long failed = errors.find() ? Long.parseLong(errors.group(1)) : 0;
        assertThat(failed).as("every request answered 200").isZero();
        assertThat(requests).as("each request a different subscriber").isLessThan(threads * (long) per);
        // wrk stops at its deadline with up to one request per connection in flight: those may have committed
        // without wrk counting their answer; every answered one must be there
        assertThat(after - before).as("every answered unsubscribe is in the database")
                .isBetween(requests, requests + connections);

        String md = String.format("""
                ## Newsletter unsubscribe link under load (UnsubscribeBenchmark)

                Run %s, wrk 4.1 in a second process on loopback: %d threads, %d connections, %d s (after a 5 s
                warm-up), POST /newsletter/unsubscribe/{token}, every request a different subscriber; 2 CPUs shared
                by wrk, the service and PostgreSQL; Java %s.

                - requests: %,d (%,d answered 200), **%.0f per second**
                - latency: p50 %s, **p99 %s**
                - durable: %,d subscriptions withdrawn in the database during the run: every answered request, plus
                  those still in flight when wrk stopped (at most one per connection)

                Target: at least 500 per second with p99 under 50 ms, every unsubscribe durable.
                """, LocalDateTime.now().withNano(0), threads, connections, seconds, System.getProperty("java.version"),
                requests, requests - failed, perSecond, p50, p99, after - before);
        Path md1 = Path.of("target/benchmarks/unsubscribe.md");
        Files.createDirectories(md1.getParent());
        Files.writeString(md1, md);
        org.slf4j.LoggerFactory.getLogger(UnsubscribeBenchmark.class).info("\n{}\nwrk said:\n{}", md, out);
    }

    private long unsubscribed(String prefix) {
        return jdbc.queryForObject("""
                select count(*) from tietovahti.newsletter_subscriber where unsubscribe_token like ? || '%'
                and unsubscribed_at is not null""", Long.class, prefix);
    }

    private static String wrk(Path script, String url, int seconds, int connections, int threads, String prefix,
                              int per, int first) throws Exception {
        Process wrk;
        try {
            wrk = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                    "--latency", "-s", script.toString(), url, "--", prefix, String.valueOf(per),
                    String.valueOf(first))).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("wrk is needed for this benchmark: apt-get install wrk", e);
        }
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor(seconds + 60L, TimeUnit.SECONDS)).isTrue();
        assertThat(wrk.exitValue()).as(out).isZero();
        return out;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1);
    }
}
