package fi.tietovahti.identity.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.identity.EsignProperties;
import fi.tietovahti.identity.WebhookSignature;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.HtmlUtils;

/**
 * A stand-in for the e-signature provider, for the local run and the tests: the same HTTP shape as the real one
 * (create a signing request with a Bearer key; a signing page; a webhook signed with HMAC-SHA256). On its signing
 * page a demo user picks a test identity, as strong identification would supply it, and the simulator calls the
 * application back. Lives in the test tree: it is not in the production artifact.
 */
@RestController
@TestComponent
@RequestMapping("/simulator/esign")
public class SignatureSimulator {

    /** Test identities only (individual numbers 900-999): the demo showcase household and one unknown person. */
    public static final List<Map.Entry<String, String>> TEST_IDENTITIES = List.of(
            Map.entry("Aino Virtanen", "010594Y9032"),
            Map.entry("Mikko Korhonen", "020594X903P"),
            Map.entry("Maija Meikäläinen", "010170-902L"));

    record Pending(String id, String reference, String callbackUrl, Instant expiresAt, String returnUrl) {
    }

    /** What the simulator sent to the application, and how the application answered. */
    public record Delivery(String body, String signatureHeader, int status, String response) {
    }

    private final Map<String, Pending> requests = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final EsignProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final RestClient http = RestClient.create();

    SignatureSimulator(EsignProperties properties, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** The next {@code n} create requests answer 503, as a provider that is down. */
    public void failNextRequests(int n) {
        failures.set(n);
    }

    @PostMapping(path = "/api/v1/signing-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestHeader(name = "Authorization", required = false) String auth,
                                               @RequestBody Map<String, Object> body) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            // echoing the request, as some providers' error answers do: the signer's address comes back with it
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("error", "simulated outage", "request", body));
        }
        if (!("Bearer " + properties.apiKey()).equals(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "bad API key"));
        }
        Object reference = body.get("reference");
        Object callbackUrl = body.get("callbackUrl");
        if (reference == null || callbackUrl == null || !(body.get("signer") instanceof Map<?, ?> signer)
                || signer.get("email") == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "reference, signer.email and callbackUrl are required"));
        }
        String id = "sim-" + UUID.randomUUID();
        Instant expiresAt = body.get("expiresAt") != null ? Instant.parse(body.get("expiresAt").toString())
                : clock.instant().plusSeconds(14 * 86400);
        requests.put(id, new Pending(id, reference.toString(), callbackUrl.toString(), expiresAt,
                body.get("returnUrl") == null ? null : body.get("returnUrl").toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id,
                "signingUrl", properties.baseUrl().replaceAll("/+$", "") + "/sign/" + id,
                "expiresAt", expiresAt.toString()));
    }

    @GetMapping(path = "/sign/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signingPage(@PathVariable String id) {
        Pending pending = requests.get(id);
        if (pending == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(page("Tuntematon allekirjoituspyyntö / Unknown signing request", ""));
        }
        StringBuilder buttons = new StringBuilder();
        for (int i = 0; i < TEST_IDENTITIES.size(); i++) {
            buttons.append("<form method='post'><input type='hidden' name='identity' value='").append(i)
                    .append("'><button type='submit'>").append(HtmlUtils.htmlEscape(TEST_IDENTITIES.get(i).getKey()))
                    .append(" &middot; ").append(fi.tietovahti.hetu.PersonalIdentityCode.mask(
                            TEST_IDENTITIES.get(i).getValue())).append("</button></form>");
        }
        return ResponseEntity.ok(page("Allekirjoita pyyntö " + HtmlUtils.htmlEscape(pending.reference())
                        + " / Sign request", "<p>SIMULAATTORI: valitse testihenkilö, jona tunnistaudut. "
                        + "SIMULATOR: pick the test identity to sign as.</p>" + buttons));
    }

    @PostMapping(path = "/sign/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> sign(@PathVariable String id, @RequestParam int identity) {
        if (!requests.containsKey(id) || identity < 0 || identity >= TEST_IDENTITIES.size()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(page("Tuntematon / Unknown", ""));
        }
        Map.Entry<String, String> who = TEST_IDENTITIES.get(identity);
        Delivery delivery = complete(id, who.getKey(), who.getValue());
        String returnUrl = requests.get(id).returnUrl();
        if (returnUrl != null && delivery.status() < 300) {
            // as real providers do: the signer's browser goes back to the service once the webhook is through
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(returnUrl)).build();
        }
        return ResponseEntity.ok(page("Allekirjoitettu / Signed",
                "<p>Palvelu vastasi / the service answered: " + delivery.status() + "</p>"));
    }

    /** Where the provider would send the signer's browser back (null when the request named no return URL). */
    public String returnUrlOf(String id) {
        Pending pending = requests.get(id);
        return pending == null ? null : pending.returnUrl();
    }

    /** Signs as the given identity: sends the webhook as the provider would, and returns what happened. */
    public Delivery complete(String id, String name, String hetu) {
        Pending pending = requests.get(id);
        if (pending == null) {
            throw new IllegalArgumentException("no signing request " + id);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", "evt-" + UUID.randomUUID());
        event.put("type", "signing.completed");
        event.put("signingRequestId", id);
        event.put("reference", pending.reference());
        event.put("signedAt", clock.instant().toString());
        event.put("signer", Map.of("name", name, "nationalIdentityNumber", hetu));
        String body;
        try {
            body = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String header = WebhookSignature.sign(properties.webhookSecret(), clock.instant().getEpochSecond(), body);
        return deliver(pending.callbackUrl(), body, header);
    }

    /** Posts a webhook as given, for tests of tampered and replayed callbacks. */
    public Delivery deliver(String callbackUrl, String body, String header) {
        try {
            var request = http.post().uri(callbackUrl).contentType(MediaType.APPLICATION_JSON);
            if (header != null) {
                request = request.header(WebhookSignature.HEADER, header);
            }
            var response = request.body(body).retrieve().toEntity(String.class);
            return new Delivery(body, header, response.getStatusCode().value(), response.getBody());
        } catch (HttpStatusCodeException e) {
            return new Delivery(body, header, e.getStatusCode().value(), e.getResponseBodyAsString());
        }
    }

    private static String page(String title, String content) {
        return "<!doctype html><html lang='fi'><head><meta charset='utf-8'><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1>" + content + "</body></html>";
    }
}
