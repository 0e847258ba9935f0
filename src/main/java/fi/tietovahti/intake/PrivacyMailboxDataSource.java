package fi.tietovahti.intake;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The privacy mailbox as a register: the messages a person sent to it and the letters we sent them, found by
 * their email addresses. Erasing removes the contents (original message, attachments, text, address) and keeps
 * that a message or letter existed, with its case number (accountability).
 */
@Component
class PrivacyMailboxDataSource extends RegisterSource {

    static final String MESSAGE = "privacy-mailbox.message";
    static final String LETTER = "privacy-mailbox.letter";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final fi.tietovahti.mail.OutboundMail outbound;

    PrivacyMailboxDataSource(NamedParameterJdbcTemplate jdbc, ProcessingRestrictions restrictions, Clock clock,
                             fi.tietovahti.mail.OutboundMail outbound) {
        super("privacy-mailbox", Set.of(MESSAGE, LETTER), restrictions);
        this.jdbc = jdbc;
        this.outbound = outbound;
        this.clock = clock;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.emails().isEmpty()) {
            return;
        }
        Map<String, Object> emails = Map.of("emails", subject.emails());
        jdbc.query("""
                select m.id, m.taken_at, m.from_address, m.subject, m.case_number,
                       (select string_agg(a.file_name, ', ' order by a.position) from tietovahti.inbound_attachment a
                        where a.inbound_mail_id = m.id) as attachments
                from tietovahti.inbound_mail m where lower(m.from_address) in (:emails) and m.erased_at is null
                order by m.id""", emails, rs -> {
            records.add(MESSAGE, "inbound_mail:" + rs.getLong("id"), "Email message",
                            rs.getTimestamp("taken_at").toInstant())
                    .field("sender", rs.getString("from_address"))
                    .field("subject", rs.getString("subject"))
                    .field("caseNumber", rs.getString("case_number"))
                    .field("attachments", rs.getString("attachments"));
        });
        for (fi.tietovahti.mail.OutboundMail.SentLetter l : outbound.lettersTo(subject.emails())) {
            records.add(LETTER, "mail_outbox:" + l.id(), "Letter", l.createdAt())
                    .field("recipient", l.recipient())
                    .field("subject", l.subject())
                    .field("text", l.body())
                    .field("sentAt", l.sentAt())
                    .field("bouncedAt", l.bouncedAt())
                    .field("caseNumber", l.caseNumber());
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (subject.emails().isEmpty()) {
            return report.build();
        }
        Map<String, Object> params = Map.of("emails", subject.emails(), "now", Timestamp.from(clock.instant()));
        if (plan.actionFor(MESSAGE) != ErasureAction.KEEP) {
            jdbc.update("""
                    update tietovahti.inbound_attachment set content = null, file_name = null where inbound_mail_id in
                      (select id from tietovahti.inbound_mail where lower(from_address) in (:emails) and erased_at is null)""",
                    params);
            report.add(MESSAGE, ErasureAction.ANONYMISE, jdbc.update("""
                    update tietovahti.inbound_mail set raw = null, from_address = null, subject = null, erased_at = :now
                    where lower(from_address) in (:emails) and erased_at is null""", params));
        }
        if (plan.actionFor(LETTER) != ErasureAction.KEEP) {
            report.add(LETTER, ErasureAction.ANONYMISE, outbound.anonymiseLettersTo(subject.emails()));
        }
        return report.build();
    }
}
