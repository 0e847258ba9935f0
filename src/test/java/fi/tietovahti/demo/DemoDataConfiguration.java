package fi.tietovahti.demo;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the demo data into an empty database at start-up (the local run and the test suite). A database that
 * already has tenancies is left alone, so the local run's data survives restarts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoDataConfiguration.class);

    /** The seed of the demo data: fixed, so every fresh clone has the same residents. */
    public static final long SEED = 20261127L;

    @Bean
    ApplicationRunner demoDataLoader(DataSource dataSource, Clock clock,
                                     @Value("${tietovahti.demo.load:false}") boolean load,
                                     @Value("${tietovahti.demo.tenancies:300}") int tenancies) {
        return args -> {
            if (!load) {
                return;
            }
            Integer existing = new JdbcTemplate(dataSource).queryForObject("select count(*) from tietovahti.tenancy", Integer.class);
            if (existing != null && existing > 0) {
                log.info("Demo data already present ({} tenancies); not loading again", existing);
                return;
            }
            long started = System.nanoTime();
            Map<String, Long> counts;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                counts = new DemoDataGenerator(SEED, tenancies, LocalDate.now(clock)).generate(connection);
                connection.commit();
            }
            log.info("Demo data loaded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, counts);
        };
    }
}
