package fi.tietovahti.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "s3cret";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final String body = "{\"eventId\":\"evt-1\"}";

    @Test
    void aFreshSignatureOfTheSameBodyVerifies() {
        String header = WebhookSignature.sign(SECRET, now.getEpochSecond(), body);
        assertThat(header).startsWith("t=" + now.getEpochSecond() + ",v1=");
        assertThat(WebhookSignature.verify(SECRET, header, body, now.plusSeconds(30), TOLERANCE)).isTrue();
    }

    @Test
    void aChangedBodyAWrongSecretOrAnOldTimestampDoNot() {
        String header = WebhookSignature.sign(SECRET, now.getEpochSecond(), body);
        assertThat(WebhookSignature.verify(SECRET, header, body.replace("1", "2"), now, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("other", header, body, now, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, body, now.plus(Duration.ofMinutes(6)), TOLERANCE)).isFalse();
        // a new timestamp on an old signature
        String moved = header.replace("t=" + now.getEpochSecond(), "t=" + (now.getEpochSecond() + 60));
        assertThat(WebhookSignature.verify(SECRET, moved, body, now, TOLERANCE)).isFalse();
    }

    @Test
    void garbageAndMissingHeadersAndSecretsAreRefused() {
        assertThat(WebhookSignature.verify(SECRET, null, body, now, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=abc", body, now, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=x,v1=abc", body, now, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("", WebhookSignature.sign(SECRET, now.getEpochSecond(), body), body, now,
                TOLERANCE)).as("no secret configured: nothing verifies").isFalse();
    }
}
