package fi.tietovahti.letters;

import fi.tietovahti.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSources;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.testsupport.BenchmarkDataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access report of the heaviest resident of the benchmark data set: collect from every register, DOCX, PDF
 * and portable JSON. {@code ./mvnw -Pbench test -Dtest=AccessReportBenchmark}; writes
 * target/benchmarks/access-report.md. Target (subject-access issue): median under 2 s on 2 cores.
 */
class AccessReportBenchmark {

    private static final int RUNS = 11;

    @Test
    void reportOfTheHeaviestResident() throws Exception {
        BenchmarkDataSet.run(this::measure);
    }

    private void measure(ConfigurableApplicationContext app, int tenancies) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long person = jdbc.queryForObject("""
                select o.person_id from tietovahti.occupancy o join tietovahti.ledger_entry l on l.tenancy_id = o.tenancy_id
                where o.role = 'MAIN_TENANT' group by o.person_id order by count(*) desc limit 1""", Long.class);
        ResidentDirectory residents = app.getBean(ResidentDirectory.class);
        PersonalDataSources sources = app.getBean(PersonalDataSources.class);
        AccessReportRenderer renderer = app.getBean(AccessReportRenderer.class);
        PortableExport export = app.getBean(PortableExport.class);
        Catalogue catalogue = app.getBean(Catalogue.class);
        DataSubject subject = residents.subjectOf(List.of(person));

        List<Long> totals = new ArrayList<>();
        long[] last = new long[3];
        int records = 0;
        int pdfBytes = 0;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            List<PersonalDataRecord> collected = sources.collect(subject);
            long t1 = System.nanoTime();
            AccessReportRenderer.ReportRequest request = new AccessReportRenderer.ReportRequest("TV-2026-000001", "fi",
                    "Benchmark", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), collected, List.of());
            // as AccessReports does: one built document for DOCX and PDF, the portable subset of what was collected
            AccessReportRenderer.Report report = renderer.render(request);
            long t2 = System.nanoTime();
            Set<String> portable = catalogue.portableCategories();
            byte[] json = export.json("TV-2026-000001", "fi", "Heka", TestClock.now(),
                    collected.stream().filter(r -> portable.contains(r.category())).toList());
            long t3 = System.nanoTime();
            assertThat(report.docx()).isNotEmpty();
            assertThat(json).isNotEmpty();
            records = collected.size();
            pdfBytes = report.pdf().length;
            totals.add((t3 - t0) / 1_000_000);
            last = new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000};
        }
        long first = totals.get(0);
        List<Long> warm = new ArrayList<>(totals.subList(1, totals.size()));
        Collections.sort(warm);
        long median = warm.get(warm.size() / 2);
        String md = String.format("""
                ## Access report of the heaviest resident (AccessReportBenchmark)

                Run %s, benchmark data set of %,d tenancies, 2 CPUs, Java %s. The resident with the most ledger rows:
                %,d records from all registers; PDF %,d bytes.

                - collect + DOCX + PDF + portable JSON, median of %d warm runs: **%d ms** (target < 2000 ms)
                - the first (cold) run: %d ms (docx4j's JAXB context and font set-up; the service warms these up after start-up)
                - the last warm run split: collect %d ms, DOCX + PDF %d ms, JSON %d ms
                - all warm runs (ms): %s
                """, LocalDateTime.now().withNano(0), tenancies, System.getProperty("java.version"), records, pdfBytes,
                warm.size(), median, first, last[0], last[1], last[2], warm);
        Path out = Path.of("target/benchmarks/access-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        org.slf4j.LoggerFactory.getLogger(AccessReportBenchmark.class).info("\n{}", md);
    }
}
