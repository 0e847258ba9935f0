package fi.tietovahti.collection;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The partner's API: {@code PUT {base-url}/claims/{claimReference}} with the claim as JSON and the key as a bearer
 * token, answered with {@code {"partnerReference": ...}}. PUT because a retried job must not create a second claim.
 * Any failure is thrown: the job retries and, when retries run out, stands as an incident in Cockpit.
 */
@Component
class HttpCollectionPartner implements CollectionPartner {

    private final CollectionPractice.Partner settings;
    private final RestClient http;

    HttpCollectionPartner(CollectionPractice practice) {
        this.settings = practice.partner();
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        if (settings != null && settings.timeout() != null) {
            factory.setConnectTimeout(settings.timeout());
            factory.setReadTimeout(settings.timeout());
        }
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    @Override
    public String handOver(String claimReference, byte[] claimJson) {
        if (settings == null || settings.baseUrl() == null || settings.baseUrl().toString().isBlank()) {
            throw new IllegalStateException("The collection partner is not configured (TIETOVAHTI_COLLECTION_PARTNER_URL)"
                    + ": the claim cannot be handed over");
        }
        Map<?, ?> answer = http.put().uri(endpoint() + "/{reference}", claimReference)
                .header("Authorization", "Bearer " + (settings.apiKey() == null ? "" : settings.apiKey()))
                .contentType(MediaType.APPLICATION_JSON).body(claimJson).retrieve().body(Map.class);
        Object reference = answer == null ? null : answer.get("partnerReference");
        if (reference == null || reference.toString().isBlank()) {
            throw new IllegalStateException("the collection partner answered without a partnerReference");
        }
        return reference.toString();
    }

    @Override
    public String endpoint() {
        return (settings == null || settings.baseUrl() == null ? "" : settings.baseUrl().toString()
                .replaceAll("/+$", "")) + "/claims";
    }
}
