package fi.tietovahti.intake;

import fi.tietovahti.processes.PrivacyRequestProcess;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.ConfiguredJobExecutor;
import fi.tietovahti.testsupport.CpuMeter;
import fi.tietovahti.testsupport.Mailbox;
import fi.tietovahti.testsupport.TestInfrastructure;
import fi.tietovahti.testsupport.TietovahtiTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The email intake's throughput: {@code bench.messages} requests (default 1,000; plain text in Finnish, Swedish and
 * English, every tenth with the DOCX form attached) waiting in the privacy mailbox, taken by the poller over IMAP
 * (each one a committed case, then moved to the processed folder) and acknowledged (the SendAcknowledgement jobs,
 * run by the engine's job executor as the service configures it, each letter through the outbox to GreenMail's
 * SMTP). Beside it, from the same mailbox: the bare IMAP fetch rate (every message read whole, nothing else).
 * {@code ./mvnw -Pbench test -Dtest=MailIntakeBenchmark [-Dbench.messages=1000]}; writes
 * target/benchmarks/mail-intake.md. Target (email-intake issue): at least 50 messages per second.
 */
@TietovahtiTest
class MailIntakeBenchmark {

    private static final String[][] REQUESTS = {
            {"fi", "Tarkastuspyyntö", "Hei, haluan saada tietää mitä henkilötietoja minusta on rekisterissänne. Terveisin"},
            {"sv", "Registerutdrag", "Hej, jag vill ha ett registerutdrag över mina uppgifter. Med vänliga hälsningar"},
            {"en", "Subject access request", "Dear Heka, I would like a copy of my personal data. Thank you"}};

    @Autowired
    MailboxPoller poller;
    @Autowired
    IntakeProperties intakeProperties;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CamundaBpmProperties camunda;

    private static final String ACKNOWLEDGEMENT = PrivacyRequestProcess.Element.SEND_ACKNOWLEDGEMENT;

    @Test
    void messagesPerSecond() throws Exception {
        int count = Integer.getInteger("bench.messages", 1000);
        int workers = intakeProperties.workers();
        Mailbox.empty();
        List<byte[]> messages = new ArrayList<>();
        int forms = 0;
        long run = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            String[] r = REQUESTS[i % REQUESTS.length];
            Mails mail = Mails.message("bench-" + run + "-" + i).from("Asukas Numero" + i,
                    "bench.intake." + run + "." + i + "@example.com").subject(r[1]).text(r[2]);
            if (i % 10 == 9) {
                forms++;
                mail.subject("Lomake / form").text("Liitteenä.").docx("lomake.docx", RequestForms.fill(
                        Files.readAllBytes(Path.of("templates/request-form-" + r[0] + ".docx")),
                        Map.of(RequestFormReader.TYPE, RequestForms.TEXTS.get(r[0]).types().get("ACCESS"),
                                RequestFormReader.NAME, "Lomake Numero" + i, RequestFormReader.LANGUAGE, r[0])));
            }
            messages.add(mail.bytes());
        }
        Mailbox.deliver(messages);
        long bytes = messages.stream().mapToLong(m -> m.length).sum();

        double bareFetch = bareFetch(count);

        // the running service has docx4j's JAXB context built by LettersWarmUp after start-up; the test context has
        // that warm-up off, so one form is read here, before the clock starts, instead of by the first form's message
        RequestFormReader.read(RequestForms.fill(Files.readAllBytes(Path.of("templates/request-form-fi.docx")),
                Map.of(RequestFormReader.NAME, "Lämmittely")), fi.tietovahti.testsupport.TestClock.clock());

        // The acknowledgements run on the engine's job executor as the service configures it, beside the poller. The
        // figure ends at "acknowledged": the jobs after it (the e-signature request of verify-identity, and the
        // timers, which are not due) are held by suspending their job definitions, so they wait as they would in a
        // busy service without being run inside the window.
        List<JobDefinition> held = management.createJobDefinitionQuery().list().stream()
                .filter(d -> !ACKNOWLEDGEMENT.equals(d.getActivityId())).toList();
        held.forEach(d -> management.suspendJobDefinitionById(d.getId()));
        JobExecutor jobs = ConfiguredJobExecutor.of(engine, camunda);
        long t0;
        long t1;
        long t2;
        CpuMeter.Usage used;
        int taken = 0;
        jobs.start();
        try {
            t0 = System.nanoTime();
            CpuMeter cpu = CpuMeter.start();
            while (true) {
                MailboxPoller.Poll poll = poller.pollOnce();
                if (poll.seen() == 0) {
                    break;
                }
                taken += poll.taken().size();
                assertThat(poll.taken()).allMatch(t -> t.route() == MailIntake.Route.NEW_CASE, "every request a case");
            }
            t1 = System.nanoTime();
            long deadline = t1 + java.time.Duration.ofMinutes(10).toNanos();
            while (acknowledged(run) < count) {
                assertThat(System.nanoTime()).as("acknowledgements sent within 10 minutes").isLessThan(deadline);
                Thread.sleep(50);
            }
            t2 = System.nanoTime();
            used = cpu.stop();
        } finally {
            jobs.shutdown();
            held.forEach(d -> management.activateJobDefinitionById(d.getId()));
        }
        // the run's cases wait at their held steps: ended here, so no later benchmark in this JVM runs their jobs
        List<String> instances = jdbc.queryForList("""
                select process_instance_id from tietovahti.inbound_mail
                where from_address like ? and process_instance_id is not null""", String.class,
                "%." + run + ".%@example.%");
        runtime.deleteProcessInstances(instances, "benchmark over", true, true);

        assertThat(taken).isEqualTo(count);
        assertThat(Mailbox.count("INBOX")).isZero();
        assertThat(acknowledged(run)).as("acknowledgements sent").isEqualTo(count);

        double intake = count / ((t1 - t0) / 1e9);
        double acknowledgementTail = (t2 - t1) / 1e9;
        double total = count / ((t2 - t0) / 1e9);
        String md = String.format("""
                ## Email intake (MailIntakeBenchmark)

                Run %s, %d messages (%d with the DOCX request form, the rest plain text in fi/sv/en; %.1f MB in all)
                in GreenMail's IMAP inbox, %d intake workers; the acknowledgements run beside the poller on the engine's
                job executor as configured (pool %d-%d threads, queue %d, up to %d jobs per acquisition); 2 CPUs, Java %s.

                | step | messages/s | total |
                |---|---|---|
                | bare IMAP fetch of the same mailbox (each message read whole) | %.1f | %.1f s |
                | taken: recorded, case started and committed, moved to the processed folder | %.1f | %.1f s |
                | acknowledgements still running after the last message was taken | | %.1f s |
                | **inbox to cases started and acknowledged** | **%.1f** | %.1f s |

                Ratio of the whole to the bare fetch: %.2f. Target: at least 50 messages per second.

                CPU over the same window (the machine's /proc/stat and this JVM's own CPU time; GreenMail's IMAP and
                SMTP servers run in this JVM): %s
                """, LocalDateTime.now().withNano(0), count, forms, bytes / 1e6, workers,
                camunda.getJobExecution().getCorePoolSize(), camunda.getJobExecution().getMaxPoolSize(),
                camunda.getJobExecution().getQueueCapacity(), ConfiguredJobExecutor.maxJobsPerAcquisition(camunda),
                System.getProperty("java.version"), bareFetch, count / bareFetch, intake, (t1 - t0) / 1e9,
                acknowledgementTail, total, (t2 - t0) / 1e9, total / bareFetch, used.describe(count, "message"));
        Path out = Path.of("target/benchmarks/mail-intake.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        org.slf4j.LoggerFactory.getLogger(MailIntakeBenchmark.class).info("\n{}", md);
    }

    /** Every message of the inbox read whole over IMAP in one FETCH, read-only: what the mailbox itself allows. */
    private static double bareFetch(int expected) throws Exception {
        Properties props = new Properties();
        props.setProperty("mail.imap.partialfetch", "false");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", TestInfrastructure.greenMail().getImap().getPort(), TestInfrastructure.MAILBOX,
                    TestInfrastructure.MAILBOX_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            long t0 = System.nanoTime();
            inbox.open(Folder.READ_ONLY);
            Message[] all = inbox.getMessages();
            // one FETCH for the lot, as the poller does: per-message round trips would measure the network
            jakarta.mail.FetchProfile whole = new jakarta.mail.FetchProfile();
            whole.add(jakarta.mail.FetchProfile.Item.ENVELOPE);
            whole.add(org.eclipse.angus.mail.imap.IMAPFolder.FetchProfileItem.MESSAGE);
            inbox.fetch(all, whole);
            long total = 0;
            for (Message m : all) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                m.writeTo(out);
                total += out.size();
            }
            inbox.close(false);
            long t1 = System.nanoTime();
            assertThat(all).hasSize(expected);
            assertThat(total).isPositive();
            return expected / ((t1 - t0) / 1e9);
        }
    }

    /** The acknowledgements of this run's cases that have left through the outbox. */
    private int acknowledged(long run) {
        return jdbc.queryForObject("""
                select count(*) from tietovahti.mail_outbox o join tietovahti.privacy_case c on c.case_number = o.case_number
                where c.requester_email like ? and o.status = 'SENT'""", Integer.class, "%." + run + ".%@example.%");
    }
}
