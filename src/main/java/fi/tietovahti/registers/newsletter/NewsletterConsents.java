package fi.tietovahti.registers.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Withdrawing consent to the newsletter with the subscriber's own token (the link in every newsletter): no
 * identity check, since the token is the subscription's own secret; effective at once and for good, in one
 * statement that commits before the answer. Repeating it changes nothing (the first time stays recorded). The
 * subscription's record stays, as withdrawn, until its retention ends or the person asks for erasure.
 */
@Service
public class NewsletterConsents {

    /** Tokens are random URL-safe strings; anything else is not looked up at all. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NewsletterConsents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the consent was withdrawn (now, or the first time), or empty for a token no subscription has. */
    public Optional<Instant> withdraw(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        List<Timestamp> at = jdbc.queryForList("""
                update tietovahti.newsletter_subscriber set unsubscribed_at = coalesce(unsubscribed_at, ?)
                where unsubscribe_token = ? returning unsubscribed_at""", Timestamp.class,
                Timestamp.from(clock.instant()), token);
        return at.isEmpty() ? Optional.empty() : Optional.of(at.get(0).toInstant());
    }

    /**
     * Withdraws every standing subscription under these addresses (an upheld objection to direct marketing, Art.
     * 21(3)); returns how many were withdrawn now.
     */
    public int withdrawAll(java.util.Set<String> emails) {
        if (emails.isEmpty()) {
            return 0;
        }
        var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
        return named.update("""
                update tietovahti.newsletter_subscriber set unsubscribed_at = :now
                where lower(email) in (:emails) and unsubscribed_at is null""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("now", Timestamp.from(clock.instant()))
                        .addValue("emails", emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList()));
    }

    /** A subscription whose consent stands: where an issue goes and the link that withdraws it. */
    public record Subscriber(long id, String email, String unsubscribeToken) {
    }

    /** The ids of the subscriptions whose consent stands, oldest first. */
    public List<Long> standingIds() {
        return jdbc.queryForList("select id from tietovahti.newsletter_subscriber where unsubscribed_at is null "
                + "order by id", Long.class);
    }

    /** The subscription, if its consent still stands. */
    public Optional<Subscriber> standing(long id) {
        return jdbc.query("""
                select id, email, unsubscribe_token from tietovahti.newsletter_subscriber
                where id = ? and unsubscribed_at is null""", (rs, n) -> new Subscriber(rs.getLong("id"),
                rs.getString("email"), rs.getString("unsubscribe_token")), id).stream().findFirst();
    }

    /** Whether the token belongs to a subscription (for the confirmation page; changes nothing). */
    public boolean exists(String token) {
        return token != null && TOKEN.matcher(token).matches() && !jdbc.queryForList(
                "select 1 from tietovahti.newsletter_subscriber where unsubscribe_token = ?", Integer.class, token)
                .isEmpty();
    }
}
