package fi.tietovahti.mail;

import fi.tietovahti.processes.TriageProcess;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.tietovahti.catalogue.ControllerProperties;
import fi.tietovahti.testsupport.TietovahtiTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.mailer.MailerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against an SMTP server of its own that the test stops and starts: a letter written with a change is
 * sent after the commit, waits while the server is down and goes when it is back; a rolled-back change sends
 * nothing; when the retries run out the case shows an incident, and a retry after the repair resolves it.
 */
@TietovahtiTest
class OutboxIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    fi.tietovahti.platform.Workflow workflow;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MailProperties mailProperties;
    @Autowired
    ControllerProperties controller;
    @Autowired
    TestRestTemplate rest;

    final MovableClock clock = new MovableClock();
    int port;
    GreenMail smtp;
    OutboxSender sender;
    OutboundMail outbound;
    TransactionTemplate transaction;

    @BeforeEach
    void anOutboxWhoseServerIsDown() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        MailProperties properties = new MailProperties(mailProperties.smtp(), mailProperties.imap(),
                mailProperties.messageIdDomain(), new MailProperties.Outbox(3, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofSeconds(20)));
        sender = new OutboxSender(jdbc, MailerBuilder.withSMTPServer("127.0.0.1", port)
                .withTransportStrategy(TransportStrategy.SMTP).withSessionTimeout(2_000).buildMailer(), properties,
                controller, workflow, clock, transactions);
        outbound = new OutboundMail(jdbc, properties, sender, clock);
        transaction = new TransactionTemplate(transactions);
    }

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void whileTheServerIsDownTheLetterWaitsAndGoesWhenItReturns() throws Exception {
        String messageId = transaction.execute(status -> outbound.send("TV-2026-990001", "odottaja@example.com",
                "Vastaanottoilmoitus", "Hei, pyyntösi on vastaanotettu."));

        Map<String, Object> waiting = letter(messageId);
        assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) waiting.get("last_error")).contains("Connect");
        assertThat(((java.sql.Timestamp) waiting.get("next_attempt_at")).toInstant())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(sender.sweep()).as("not due yet").isZero();

        startServer();
        clock.forward(Duration.ofSeconds(61));
        assertThat(sender.sweep()).isEqualTo(1);

        assertThat(letter(messageId)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(messageId).endsWith("@" + mailProperties.messageIdDomain() + ">");
        assertThat(received.getSubject()).isEqualTo("TV-2026-990001 Vastaanottoilmoitus");
        assertThat(received.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(sender.sweep()).as("nothing left to send").isZero();
        assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(1);
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        startServer();
        String messageId = transaction.execute(status -> {
            String id = outbound.send("TV-2026-990002", "ei@example.com", "Ei lähde", "Tätä ei lähetetä.");
            status.setRollbackOnly();
            return id;
        });
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.mail_outbox where message_id = ?",
                Integer.class, messageId)).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void whenTheRetriesRunOutTheCaseShowsAnIncidentThatARetryAfterTheRepairResolves() throws Exception {
        String caseNumber = "TV-2026-990003";
        String instance = runtime.startProcessInstanceByKey(TriageProcess.KEY, caseNumber).getId();
        String messageId = transaction.execute(status -> outbound.send(caseNumber, "kadonnut@example.com",
                "Kirje", "Teksti"));
        clock.forward(Duration.ofMinutes(1));
        assertThat(sender.sweep()).isEqualTo(1);
        assertThat(letter(messageId)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
        assertThat(((java.sql.Timestamp) letter(messageId).get("next_attempt_at")).toInstant())
                .as("the second wait is twice the first").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.forward(Duration.ofMinutes(2));
        assertThat(sender.sweep()).isEqualTo(1);

        Map<String, Object> failed = letter(messageId);
        assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 3);
        Incident incident = runtime.createIncidentQuery().processInstanceId(instance)
                .incidentType(OutboxSender.INCIDENT_TYPE).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getId()).isEqualTo(failed.get("incident_id"));
        assertThat(incident.getConfiguration()).isEqualTo("outbox:" + failed.get("id"));
        assertThat(incident.getIncidentMessage()).contains("not sent after 3 attempts")
                .doesNotContain("kadonnut@example.com");

        // after the repair the DPO sends it again (the service's own outbox, whose mail server works)
        long id = ((Number) failed.get("id")).longValue();
        assertThat(rest.withBasicAuth("handler", "handler").postForEntity("/api/letters/" + id + "/retry", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("dpo", "dpo").postForEntity("/api/letters/" + id + "/retry", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(letter(messageId)).containsEntry("status", "SENT");
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(rest.withBasicAuth("dpo", "dpo").postForEntity("/api/letters/" + id + "/retry", null,
                String.class).getStatusCode()).as("only a failed letter").isEqualTo(HttpStatus.CONFLICT);
        assertThat(rest.withBasicAuth("handler", "handler").getForObject("/api/letters?case=" + caseNumber,
                String.class)).contains(messageId).contains("\"status\":\"SENT\"");
        runtime.deleteProcessInstance(instance, "test finished");
    }

    @Test
    void theWaitDoublesUpToItsCap() {
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(sender.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(sender.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(sender.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(sender.backoff(100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aServersRefusalReachesLogsAndCockpitWithoutTheAddress() {
        assertThat(OutboxSender.abbreviate("SMTPSendFailedException: 550 5.1.1 <bruno.b@example.com>: Recipient "
                + "address rejected; also bruno@example.com"))
                .isEqualTo("SMTPSendFailedException: 550 5.1.1 <<address>>: Recipient address rejected; also <address>")
                .doesNotContain("bruno");
    }

    private void startServer() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private Map<String, Object> letter(String messageId) {
        return jdbc.queryForMap("select * from tietovahti.mail_outbox where message_id = ?", messageId);
    }

    /** A clock the test moves forward, as time passes between retries. */
    static final class MovableClock extends Clock {
        // the suite's reference moment, not the wall clock: the test passes on any day
        private Instant now = fi.tietovahti.testsupport.TestClock.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        void forward(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Helsinki");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
