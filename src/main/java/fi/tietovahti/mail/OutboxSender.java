package fi.tietovahti.mail;

import fi.tietovahti.catalogue.ControllerProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import fi.tietovahti.platform.Workflow;
import org.simplejavamail.api.email.EmailPopulatingBuilder;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.email.EmailBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds: right after the commit that wrote a letter, and again on a sweep for letters whose
 * retry is due. Each letter is sent in its own transaction holding its row lock, so two sweeps (or two nodes) never
 * send it twice. A failed attempt waits {@code firstRetryAfter} × 2^(n-1) (at most {@code maxRetryAfter}); the last
 * one marks the letter FAILED and raises an incident "letterNotSent" on the case's process instance, which Cockpit
 * shows; {@link #retry} (after the mail server is fixed) sends it again and resolves the incident.
 */
@Component
public class OutboxSender {

    public static final String INCIDENT_TYPE = "letterNotSent";

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final MailProperties properties;
    private final ControllerProperties controller;
    private final Workflow workflow;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    OutboxSender(JdbcTemplate jdbc, Mailer mailer, MailProperties properties, ControllerProperties controller,
                 Workflow workflow, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.properties = properties;
        this.controller = controller;
        this.workflow = workflow;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // called after another transaction's commit: must not join what is left of it
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends the letter if it is still waiting (a sweep or another node may have sent it). Never throws. */
    public void sendNow(long letterId) {
        try {
            ownTransaction.executeWithoutResult(status -> attempt(letterId));
        } catch (RuntimeException e) {
            // the database itself failed; the letter stays PENDING and the next sweep tries again
            log.error("Outbox letter {} could not be processed: {}", letterId, e.getClass().getName());
        }
    }

    /** Sends every letter whose (re)try is due; returns how many were tried. */
    @Scheduled(fixedDelayString = "${tietovahti.mail.outbox.sweep-every}",
            initialDelayString = "${tietovahti.mail.outbox.sweep-every}")
    public int sweep() {
        List<Long> due = jdbc.queryForList("""
                select id from tietovahti.mail_outbox where status = 'PENDING' and next_attempt_at <= ? order by id limit 500""",
                Long.class, Timestamp.from(clock.instant()));
        due.forEach(this::sendNow);
        return due.size();
    }

    /** Sends a FAILED letter again (the operator fixed the mail server or the address); resolves its incident. */
    public void retry(long letterId) {
        Map<String, Object> row = jdbc.queryForList(
                "select status, incident_id, erased_at from tietovahti.mail_outbox where id = ?", letterId).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no letter " + letterId));
        if (row.get("erased_at") != null) {
            throw new IllegalStateException("letter " + letterId + " was erased at the person's request");
        }
        if (!"FAILED".equals(row.get("status"))) {
            throw new IllegalStateException("letter " + letterId + " is " + row.get("status") + ", not FAILED");
        }
        jdbc.update("""
                update tietovahti.mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, incident_id = null
                where id = ?""", Timestamp.from(clock.instant()), letterId);
        String incidentId = (String) row.get("incident_id");
        if (incidentId != null) {
            workflow.resolveIncident(incidentId);
        }
        sendNow(letterId);
    }

    private void attempt(long letterId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select id, case_number, message_id, in_reply_to, recipient, subject, body, attempts
                from tietovahti.mail_outbox where id = ? and status = 'PENDING' for update skip locked""", letterId);
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> letter = rows.get(0);
        int attempts = ((Number) letter.get("attempts")).intValue() + 1;
        Instant now = clock.instant();
        try {
            mailer.sendMail(email(letter).buildEmail());
            jdbc.update("update tietovahti.mail_outbox set status = 'SENT', attempts = ?, sent_at = ?, last_error = null where id = ?",
                    attempts, Timestamp.from(now), letterId);
            log.info("Letter {} sent for case {}", letterId, letter.get("case_number"));
        } catch (RuntimeException e) {
            // the exception's text names the server and the failure, never the letter's content
            String error = abbreviate(rootCause(e));
            if (attempts >= properties.outbox().maxAttempts()) {
                jdbc.update("update tietovahti.mail_outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?",
                        attempts, error, letterId);
                String incident = null;
                try {
                    incident = raiseIncident(letterId, (String) letter.get("case_number"), attempts, error);
                } catch (RuntimeException incidentFailed) {
                    // the letter stays FAILED (and listed by /api/letters) even if Cockpit cannot be told
                    log.error("Letter {}: the incident could not be raised ({})", letterId,
                            incidentFailed.getClass().getName());
                }
                jdbc.update("update tietovahti.mail_outbox set incident_id = ? where id = ?", incident, letterId);
                log.error("Letter {} for case {} not sent after {} attempts, gave up: {}", letterId,
                        letter.get("case_number"), attempts, error);
            } else {
                Instant next = now.plus(backoff(attempts));
                jdbc.update("update tietovahti.mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?",
                        attempts, error, Timestamp.from(next), letterId);
                log.warn("Letter {} for case {} not sent (attempt {}), next try at {}: {}", letterId,
                        letter.get("case_number"), attempts, next, error);
            }
        }
    }

    /** The wait after the n-th failed attempt. */
    Duration backoff(int failedAttempts) {
        Duration first = properties.outbox().firstRetryAfter();
        Duration max = properties.outbox().maxRetryAfter();
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    private EmailPopulatingBuilder email(Map<String, Object> letter) {
        EmailPopulatingBuilder email = EmailBuilder.startingBlank()
                .from(controller.name(), controller.senderAddress())
                .to((String) letter.get("recipient"))
                .withSubject((String) letter.get("subject"))
                .withPlainText((String) letter.get("body"))
                .fixingMessageId((String) letter.get("message_id"))
                // RFC 3834: written by a machine; a resident's auto-responder must not answer it (no mail loops)
                .withHeader("Auto-Submitted", "auto-generated");
        jdbc.query("select file_name, media_type, content from tietovahti.mail_outbox_attachment where outbox_id = ?",
                rs -> {
                    email.withAttachment(rs.getString(1), rs.getBytes(3), rs.getString(2));
                }, letter.get("id"));
        String inReplyTo = (String) letter.get("in_reply_to");
        if (inReplyTo != null) {
            email.withHeader("In-Reply-To", inReplyTo).withHeader("References", inReplyTo);
        }
        return email;
    }

    private String raiseIncident(long letterId, String caseNumber, int attempts, String error) {
        if (caseNumber == null) {
            return null;
        }
        String incident = workflow.raiseIncident(caseNumber, INCIDENT_TYPE, "outbox:" + letterId,
                "Letter " + letterId + " was not sent after " + attempts + " attempts (" + error + "). When the mail"
                        + " server is fixed: POST /api/letters/" + letterId + "/retry");
        if (incident == null) {
            log.error("Letter {} for case {} failed and the case has no running process to show the incident on",
                    letterId, caseNumber);
        }
        return incident;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /**
     * The error as logs and Cockpit may show it: a mail server's refusal often quotes the recipient's address
     * ("550 5.1.1 <x@y>: user unknown"), which is personal data; the letter's row already says whom it was for.
     */
    static String abbreviate(String s) {
        String masked = EMAIL.matcher(s).replaceAll("<address>");
        return masked.length() <= 1000 ? masked : masked.substring(0, 1000);
    }
}
