package fi.tietovahti.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent register for disclosures: who consented to which kind of recipient and purpose, when and how, and
 * when it was withdrawn. A consent in force is one not withdrawn; a withdrawal stops every later disclosure on it
 * (the delivery checks again) and is itself recorded. Giving the same consent twice keeps the first.
 */
@Service
public class Consents {

    /** How a consent or its withdrawal reached us. */
    public enum How { FORM, EMAIL, DESK }

    public record Consent(long id, long personId, String recipientKind, String purpose, Instant givenAt, How givenHow,
                          String evidence, String recordedBy, Instant withdrawnAt) {
        public boolean inForce() {
            return withdrawnAt == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Consents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the person's consent; returns the consent in force (the earlier one, when there was one). */
    @Transactional
    public Consent give(long personId, String recipientKind, String purpose, How how, String evidence,
                        String recordedBy) {
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("a consent needs its evidence: the form's, the email's or the desk "
                    + "visit's reference");
        }
        jdbc.update("""
                insert into tietovahti.disclosure_consent (person_id, recipient_kind, purpose, given_at, given_how,
                    evidence, recorded_by) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (person_id, recipient_kind, purpose) where withdrawn_at is null do nothing""",
                personId, recipientKind, purpose, Timestamp.from(clock.instant()), how.name(), evidence.strip(),
                recordedBy);
        return inForce(personId, recipientKind, purpose).orElseThrow();
    }

    /** Withdraws the consent in force; returns whether there was one. */
    @Transactional
    public boolean withdraw(long personId, String recipientKind, String purpose, How how, String recordedBy) {
        return jdbc.update("""
                update tietovahti.disclosure_consent set withdrawn_at = ?, withdrawn_how = ?,
                    withdrawal_recorded_by = ?
                where person_id = ? and recipient_kind = ? and purpose = ? and withdrawn_at is null""",
                Timestamp.from(clock.instant()), how.name(), recordedBy, personId, recipientKind, purpose) > 0;
    }

    public Optional<Consent> inForce(long personId, String recipientKind, String purpose) {
        return jdbc.query("""
                select * from tietovahti.disclosure_consent where person_id = ? and recipient_kind = ? and purpose = ?
                  and withdrawn_at is null""", (rs, i) -> map(rs), personId, recipientKind, purpose).stream()
                .findFirst();
    }

    /** Every consent of the person, withdrawn ones too, newest first. */
    public List<Consent> of(long personId) {
        return jdbc.query("select * from tietovahti.disclosure_consent where person_id = ? order by given_at desc, id desc",
                (rs, i) -> map(rs), personId);
    }

    private static Consent map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Consent(rs.getLong("id"), rs.getLong("person_id"), rs.getString("recipient_kind"),
                rs.getString("purpose"), rs.getTimestamp("given_at").toInstant(), How.valueOf(rs.getString("given_how")),
                rs.getString("evidence"), rs.getString("recorded_by"), withdrawn == null ? null : withdrawn.toInstant());
    }
}
