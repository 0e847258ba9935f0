package fi.tietovahti.collection.simulator;

import fi.tietovahti.collection.CollectionPractice;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the collection partner, for the local run and the tests: the same HTTP shape as the partner's API
 * ({@code PUT /claims/{claimReference}} with a bearer key, answered with the partner's reference; the same claim
 * twice is the same claim). It keeps what it was sent, so a test can compare it with the disclosure register. Lives in
 * the test tree: not in the production artifact.
 */
@RestController
@TestComponent
@RequestMapping("/simulator/collection-partner")
public class CollectionPartnerSimulator {

    private final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final CollectionPractice practice;

    CollectionPartnerSimulator(CollectionPractice practice) {
        this.practice = practice;
    }

    /** The next {@code n} calls answer 503, as a partner that is down. */
    public void failNextRequests(int n) {
        failures.set(n);
    }

    /** The claim as the partner received it, or null. */
    public Map<String, Object> claim(String claimReference) {
        return claims.get(claimReference);
    }

    public int calls() {
        return calls.get();
    }

    @PutMapping(path = "/claims/{reference}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> take(@PathVariable String reference,
                                             @RequestHeader(name = "Authorization", required = false) String auth,
                                             @RequestBody Map<String, Object> claim) {
        calls.incrementAndGet();
        if (auth == null || !auth.equals("Bearer " + practice.partner().apiKey())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid key"));
        }
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "simulated outage"));
        }
        if (!reference.equals(claim.get("claimReference"))) {
            return ResponseEntity.badRequest().body(Map.of("error", "claimReference differs from the path"));
        }
        claims.put(reference, claim);
        return ResponseEntity.ok(Map.of("partnerReference", "CP-" + reference));
    }
}
