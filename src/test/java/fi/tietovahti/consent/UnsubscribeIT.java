package fi.tietovahti.consent;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The newsletter's unsubscribe link over HTTP, without a login, as a subscriber's browser or mail client uses it. */
@TietovahtiTest
class UnsubscribeIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLinkShowsAButtonAndThePostWithdrawsTheConsentAtOnceAndForGood() {
        String token = jdbc.queryForObject("""
                select unsubscribe_token from tietovahti.newsletter_subscriber where unsubscribed_at is null
                order by id desc limit 1""", String.class); // not the showcase's: other tests read her data
        String url = "/newsletter/unsubscribe/" + token;

        ResponseEntity<String> page = rest.getForEntity(url, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<form method=\"post\">", "Unsubscribe");
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(withdrawnAt(token)).as("a GET (a mail scanner opening the link) changes nothing").isNull();

        // as a mail client's one-click unsubscribe sends it (RFC 8058)
        org.springframework.http.HttpHeaders form = new org.springframework.http.HttpHeaders();
        form.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> done = rest.postForEntity(url,
                new org.springframework.http.HttpEntity<>("List-Unsubscribe=One-Click", form), String.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getHeaders().getCacheControl()).contains("no-store");
        assertThat(done.getBody()).contains("Tilaus on peruttu", "avbeställd", "You are unsubscribed");
        Timestamp first = withdrawnAt(token);
        assertThat(first).isNotNull();
        assertThat(jdbc.queryForObject("select email from tietovahti.newsletter_subscriber where unsubscribe_token = ?",
                String.class, token)).as("withdrawn, not erased").isNotBlank();

        assertThat(rest.postForEntity(url, null, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawnAt(token)).as("the first withdrawal stays on record").isEqualTo(first);
    }

    @Test
    void anUnknownOrMalformedTokenOpensNothing() {
        for (String token : new String[] {"0123456789abcdef0123456789abcdef", "x", "'%20or%201=1--aaaaaaaaaaaa"}) {
            assertThat(rest.getForEntity("/newsletter/unsubscribe/" + token, String.class).getStatusCode())
                    .as(token).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(rest.postForEntity("/newsletter/unsubscribe/" + token, null, String.class).getStatusCode())
                    .as(token).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private Timestamp withdrawnAt(String token) {
        return jdbc.queryForObject("select unsubscribed_at from tietovahti.newsletter_subscriber where unsubscribe_token = ?",
                Timestamp.class, token);
    }
}
