package fi.tietovahti.identity;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The provider over HTTP: {@code POST {baseUrl}/api/v1/signing-requests} with a Bearer key, answered with
 * {@code {id, signingUrl, expiresAt}}. Any failure throws; the calling job is retried by the engine.
 */
@Component
class HttpSignatureProvider implements IdentityVerificationProvider {

    private final EsignProperties properties;
    private final RestClient http;

    HttpSignatureProvider(EsignProperties properties, RestClient.Builder builder) {
        this.properties = properties;
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(5_000);
        timeouts.setReadTimeout(15_000);
        this.http = builder.requestFactory(timeouts).build();
    }

    record CreateResponse(String id, String signingUrl, Instant expiresAt) {
    }

    @Override
    public SigningRequest createSigningRequest(SigningRequestSpec spec) {
        if (!properties.isConfigured()) {
            throw new IllegalStateException("No e-signature provider is configured (TIETOVAHTI_ESIGN_URL); "
                    + "verify the requester's identity at the service desk instead");
        }
        CreateResponse created = http.post()
                .uri(properties.baseUrl().replaceAll("/+$", "") + "/api/v1/signing-requests")
                .header("Authorization", "Bearer " + properties.apiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(spec))
                .retrieve()
                // the status only: RestClient's own error quotes the answer's body, which providers fill with the
                // request they refuse (the signer's address), and the message lands in the job's incident and log
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new IllegalStateException("the e-signature provider answered "
                            + response.getStatusCode().value() + " to a signing request");
                })
                .body(CreateResponse.class);
        if (created == null || created.id() == null || created.signingUrl() == null) {
            throw new IllegalStateException("the e-signature provider answered without an id or a signing URL");
        }
        return new SigningRequest(created.id(), URI.create(created.signingUrl()),
                created.expiresAt() != null ? created.expiresAt() : spec.expiresAt());
    }

    private static Map<String, Object> body(SigningRequestSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", spec.reference());
        body.put("signer", Map.of("email", spec.signerEmail()));
        body.put("language", spec.language());
        body.put("callbackUrl", spec.callbackUrl().toString());
        body.put("expiresAt", spec.expiresAt().toString());
        if (spec.returnUrl() != null) {
            body.put("returnUrl", spec.returnUrl().toString());
        }
        return body;
    }
}
