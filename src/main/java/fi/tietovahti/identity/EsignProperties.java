package fi.tietovahti.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The e-signature provider and the timing of identity verification.
 *
 * @param baseUrl         the provider's API root, e.g. https://esign.example/; blank = not configured: e-signature
 *                        requests then fail (a retried job, then an incident) while service-desk checks still work
 * @param apiKey          our API key at the provider (Bearer)
 * @param webhookSecret   the shared secret with which the provider signs its callbacks (HMAC-SHA256)
 * @param publicBaseUrl   where the provider reaches us: the callback is {publicBaseUrl}/esign/callback
 * @param reminderAfter   when an unsigned request is reminded of
 * @param expiresAfter    when an unsigned request is closed with a letter (counted from the invitation)
 * @param callbackTolerance how old a callback's timestamp may be
 */
@ConfigurationProperties("tietovahti.esign")
public record EsignProperties(String baseUrl, String apiKey, String webhookSecret, String publicBaseUrl,
                              Duration reminderAfter, Duration expiresAfter, Duration callbackTolerance) {

    /** A reminder must come before the expiry: the expiry timer runs for the difference. */
    public EsignProperties {
        if (reminderAfter == null || expiresAfter == null || callbackTolerance == null || publicBaseUrl == null) {
            throw new IllegalArgumentException("reminder-after, expires-after, callback-tolerance and public-base-url "
                    + "are required");
        }
        if (reminderAfter.isNegative() || reminderAfter.isZero() || reminderAfter.compareTo(expiresAfter) >= 0) {
            throw new IllegalArgumentException("reminder-after (" + reminderAfter + ") must be positive and shorter "
                    + "than expires-after (" + expiresAfter + ")");
        }
    }

    public boolean isConfigured() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    public String callbackUrl() {
        return publicBaseUrl.replaceAll("/+$", "") + "/esign/callback";
    }
}
