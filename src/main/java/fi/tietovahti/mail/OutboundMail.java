package fi.tietovahti.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every letter leaves through here, into the outbox: the letter is written in the caller's transaction (the case
 * change that causes it), so a rolled-back step sends nothing and a committed one never loses its letter. Sending
 * happens after commit ({@link OutboxSender}); a failure is retried with backoff and ends as an incident on the case.
 * The case number leads the subject and names the Message-ID (our own domain), so replies find the case.
 */
@Service
public class OutboundMail {

    private final JdbcTemplate jdbc;
    private final MailProperties properties;
    private final OutboxSender sender;
    private final Clock clock;

    OutboundMail(JdbcTemplate jdbc, MailProperties properties, OutboxSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.sender = sender;
        this.clock = clock;
    }

    /** Queues a letter about a case and returns its Message-ID. */
    /** A letter as the register of letters reports it to the person it was written to. */
    public record SentLetter(long id, Instant createdAt, String recipient, String subject, String body, Instant sentAt,
                             Instant bouncedAt, String caseNumber) {
    }

    /** The letters written to these addresses and not erased, oldest first. */
    public List<SentLetter> lettersTo(java.util.Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query("""
                select id, created_at, recipient, subject, body, sent_at, bounced_at, case_number
                from tietovahti.mail_outbox where lower(recipient) in (:emails) and erased_at is null order by id""",
                java.util.Map.of("emails", addresses.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList()),
                (rs, n) -> new SentLetter(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("bounced_at")),
                        rs.getString("case_number")));
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The case of the newest of our letters with one of these Message-IDs (a reply names them), if any. */
    public java.util.Optional<String> caseOfLetters(java.util.Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return java.util.Optional.empty();
        }
        return jdbc.queryForList("select case_number from tietovahti.mail_outbox where message_id = any(?)"
                + " and case_number is not null order by id desc", String.class,
                (Object) messageIds.toArray(String[]::new)).stream().findFirst();
    }

    /** A letter the receiving server returned: marked bounced; the case it belonged to, if any. */
    public java.util.Optional<String> markBounced(String messageId) {
        List<String> cases = jdbc.queryForList("""
                update tietovahti.mail_outbox set status = 'BOUNCED', bounced_at = ? where message_id = ?
                returning case_number""", String.class, java.sql.Timestamp.from(clock.instant()), messageId);
        return cases.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Erasure of the letters sent to these addresses: recipient and text go, the fact that a letter was sent stays
     * (a letter still waiting to go is left alone). Returns how many letters.
     */
    public int anonymiseLettersTo(java.util.Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return 0;
        }
        var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
        named.update("""
                delete from tietovahti.mail_outbox_attachment where outbox_id in (select id from tietovahti.mail_outbox
                where lower(recipient) in (:emails) and erased_at is null and status <> 'PENDING')""",
                java.util.Map.of("emails", addresses.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList()));
        return named.update("""
                update tietovahti.mail_outbox set recipient = null, body = null, erased_at = :now
                where lower(recipient) in (:emails) and erased_at is null and status <> 'PENDING'""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("emails",
                        addresses.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList())
                        .addValue("now", java.sql.Timestamp.from(clock.instant())));
    }

    public String send(String caseNumber, String to, String subject, String body) {
        return reply(caseNumber, to, subject, body, null);
    }

    /** A file sent with a letter. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    /** Queues a letter with an attachment (a collection letter's DOCX). */
    public String send(String caseNumber, String to, String subject, String body, Attachment attachment) {
        return queue(caseNumber, to, subject, body, null, attachment);
    }

    /** Queues a letter answering the message {@code inReplyTo} (its Message-ID): the requester's client threads it. */
    public String reply(String caseNumber, String to, String subject, String body, String inReplyTo) {
        return queue(caseNumber, to, subject, body, inReplyTo, null);
    }

    private String queue(String caseNumber, String to, String subject, String body, String inReplyTo,
                         Attachment attachment) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("a letter needs a recipient");
        }
        String reference = caseNumber == null ? "letter" : caseNumber;
        String messageId = "<" + reference + "." + UUID.randomUUID() + "@" + properties.messageIdDomain() + ">";
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("""
                insert into tietovahti.mail_outbox (case_number, message_id, in_reply_to, recipient, subject, body, status,
                                         next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) returning id""", Long.class,
                caseNumber, messageId, inReplyTo, to.strip(),
                caseNumber == null ? subject : caseNumber + " " + subject, body,
                java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
        if (attachment != null) {
            jdbc.update("insert into tietovahti.mail_outbox_attachment (outbox_id, file_name, media_type, content) "
                    + "values (?, ?, ?, ?)", id, attachment.fileName(), attachment.mediaType(), attachment.content());
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.sendNow(id);
                }
            });
        } else {
            sender.sendNow(id);
        }
        return messageId;
    }
}
