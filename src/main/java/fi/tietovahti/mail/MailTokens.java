package fi.tietovahti.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * OAuth2 access tokens for SASL XOAUTH2 (IMAP and SMTP), by the client-credentials grant (RFC 6749 4.4), as Exchange
 * Online's app-only access and a Google service account's token endpoint use it. A token is kept in memory and
 * replaced {@code refresh-before} its expiry, so that a connection never starts with a token about to lapse. A refused
 * request is a {@link TokenRefused} naming the endpoint's error code (never the secret), and turns this health
 * indicator ("mailOAuth2") DOWN until a token is issued again.
 */
@Component("mailOAuth2")
public class MailTokens implements HealthIndicator {

    /** The token endpoint refused, or could not be reached. */
    public static class TokenRefused extends RuntimeException {
        TokenRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Token(String value, Instant expiresAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(MailTokens.class);

    private final MailProperties.OAuth2 properties;
    private final Clock clock;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Token token;
    private volatile String failure;
    private volatile Instant lastIssued;

    public MailTokens(MailProperties properties, Clock clock, ObjectMapper json) {
        this.properties = properties.oauth2();
        this.clock = clock;
        this.json = json;
    }

    public boolean configured() {
        return properties.configured();
    }

    /** A token valid for at least {@code refresh-before}: the one held, or a new one. */
    public synchronized String accessToken() {
        if (!configured()) {
            throw new TokenRefused("tietovahti.mail.oauth2.token-uri is not set, but a mail server is set to XOAUTH2",
                    null);
        }
        Instant now = clock.instant();
        if (token == null || !now.plus(properties.refreshBefore()).isBefore(token.expiresAt())) {
            try {
                token = fetch(now);
                failure = null;
                lastIssued = now;
            } catch (TokenRefused e) {
                failure = e.getMessage();
                token = null;
                throw e;
            }
        }
        return token.value();
    }

    /** Forgets the held token: the mail server refused it (revoked before its expiry). */
    public synchronized void invalidate() {
        token = null;
    }

    private Token fetch(Instant now) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", properties.clientId());
        form.put("client_secret", secret());
        if (properties.scope() != null && !properties.scope().isBlank()) {
            form.put("scope", properties.scope());
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.tokenUri())).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenRefused("the OAuth2 token endpoint " + properties.tokenUri() + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRefused("interrupted while asking for an OAuth2 token", e);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            answer = json.createObjectNode();
        }
        if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
            String error = answer.path("error").asText("no error code");
            String description = answer.path("error_description").asText("");
            String message = "the OAuth2 token endpoint refused client " + properties.clientId() + ": HTTP "
                    + response.statusCode() + " " + error + (description.isEmpty() ? "" : " (" + clip(description) + ")");
            log.error("Mail OAuth2: {}", message);
            throw new TokenRefused(message, null);
        }
        long expiresIn = answer.path("expires_in").asLong(3600);
        log.info("Mail OAuth2: token issued for client {}, valid {} s", properties.clientId(), expiresIn);
        return new Token(answer.get("access_token").asText(), now.plusSeconds(expiresIn));
    }

    private String secret() {
        if (properties.clientSecretFile() != null && !properties.clientSecretFile().isBlank()) {
            try {
                return Files.readString(Path.of(properties.clientSecretFile()), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new TokenRefused("tietovahti.mail.oauth2.client-secret-file cannot be read: " + e.getMessage(), e);
            }
        }
        return properties.clientSecret();
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    @Override
    public Health health() {
        if (!configured()) {
            return Health.up().withDetail("oauth2", "not used").build();
        }
        String f = failure;
        if (f != null) {
            return Health.down().withDetail("error", f).build();
        }
        return Health.up().withDetail("lastIssued", lastIssued == null ? "not yet" : lastIssued.toString()).build();
    }
}
