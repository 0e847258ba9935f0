package fi.tietovahti.recipients;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Art. 19 notices go.
 *
 * @param recipientAddresses per recipient id of the catalogue, the address its notices go to. Every processor of
 *                           the catalogue must have one (checked at start). Kept under {@code tietovahti.erasure}
 *                           (where installations set it since the erasure request) though rectification and
 *                           objection send their notices through it too.
 */
@ConfigurationProperties(prefix = "tietovahti.erasure")
public record RecipientProperties(Map<String, String> recipientAddresses) {

    public RecipientProperties {
        recipientAddresses = recipientAddresses == null ? Map.of() : Map.copyOf(recipientAddresses);
    }
}
