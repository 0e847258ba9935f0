package fi.tietovahti.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * How long the benchmark-size data set takes to load: {@code ./mvnw -Pbench test} (size with
 * {@code -Dbench.tenancies=N}, default 50,000). Runs on a fresh embedded PostgreSQL of its own, writes its result to
 * target/benchmarks/demo-data-load.md; the latest result is copied to docs/benchmarks.md by hand.
 */
class DemoDataLoadBenchmark {

    @Test
    void loadTheBenchmarkDataSet() throws Exception {
        int tenancies = Integer.getInteger("bench.tenancies", 50_000);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(0).start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).schemas("tietovahti").defaultSchema("tietovahti")
                    .createSchemas(true).locations("classpath:db/migration").load().migrate();

            long started = System.nanoTime();
            Map<String, Long> counts;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                counts = new DemoDataGenerator(DemoDataConfiguration.SEED, tenancies, LocalDate.of(2026, 11, 27))
                        .generate(connection);
                connection.commit();
            }
            double loadSeconds = (System.nanoTime() - started) / 1e9;

            long analyseStarted = System.nanoTime();
            try (Connection connection = dataSource.getConnection(); var st = connection.createStatement()) {
                st.execute("analyze");
            }
            double analyseSeconds = (System.nanoTime() - analyseStarted) / 1e9;
            long rows = counts.values().stream().mapToLong(Long::longValue).sum();

            assertThat(counts.get("tenancy")).isEqualTo(tenancies);
            assertThat(counts.get("ledger_entry")).isGreaterThan(1_000_000L * tenancies / 50_000);
            report(tenancies, counts, rows, loadSeconds, analyseSeconds);
        }
    }

    private static void report(int tenancies, Map<String, Long> counts, long rows, double loadSeconds,
                               double analyseSeconds) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## Demo/benchmark data load (DemoDataLoadBenchmark)\n\n");
        md.append(String.format("Run %s, %d tenancies, %d CPUs, max heap %d MiB, Java %s.%n%n", LocalDateTime.now()
                        .withNano(0), tenancies, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version")));
        md.append(String.format("- generate + COPY + commit: **%.1f s** for %,d rows (%,.0f rows/s)%n", loadSeconds,
                rows, rows / loadSeconds));
        md.append(String.format("- ANALYZE afterwards: %.1f s%n%n", analyseSeconds));
        md.append("| table | rows |\n|---|---:|\n");
        counts.forEach((table, n) -> md.append(String.format("| %s | %,d |%n", table, n)));
        Path out = Path.of("target/benchmarks/demo-data-load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        org.slf4j.LoggerFactory.getLogger(DemoDataLoadBenchmark.class).info("\n{}", md);
    }
}
