package fi.tietovahti.testsupport;

import fi.tietovahti.TietovahtiApplication;
import fi.tietovahti.demo.DemoDataConfiguration;
import fi.tietovahti.demo.DemoDataGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark-size data set ({@code bench.tenancies}, default 50,000 tenancies) in a fresh embedded PostgreSQL of
 * its own, and the service started on it, for benchmarks that measure one resident among many. Run alone
 * ({@code -Dtest=...}): the service's engine is the JVM's only one while it runs.
 */
public final class BenchmarkDataSet {

    /** What a benchmark does with the running service. */
    public interface Measurement {
        void measure(ConfigurableApplicationContext app, int tenancies) throws Exception;
    }

    private BenchmarkDataSet() {
    }

    public static void run(Measurement measurement) throws Exception {
        int tenancies = Integer.getInteger("bench.tenancies", 50_000);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(0).start()) {
            DataSource ds = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(ds).schemas("tietovahti").defaultSchema("tietovahti").createSchemas(true)
                    .locations("classpath:db/migration").load().migrate();
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                new DemoDataGenerator(DemoDataConfiguration.SEED, tenancies, LocalDate.of(2026, 11, 27)).generate(c);
                c.commit();
            }
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TietovahtiApplication.class)
                    .profiles("test")
                    .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                            "--server.port=0")) {
                measurement.measure(app, tenancies);
            }
        }
    }
}
