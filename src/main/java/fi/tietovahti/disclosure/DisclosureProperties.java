package fi.tietovahti.disclosure;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Disclosures (tietovahti.disclosure.*).
 *
 * @param recipients       the organisations that may ask for or receive personal data, by id: their kind (the decision
 *                         table's recipient kind), name, registered address (where extracts and answers go, whatever
 *                         address a request came from) and, for a partner that asks through the REST API, its user
 * @param consentWait      how long a request waits for the resident's consent before it is refused
 * @param downloadValidFor how long the link to an extract opens it
 * @param publicBaseUrl    the address the recipients' links start with
 */
@Validated
@ConfigurationProperties("tietovahti.disclosure")
public record DisclosureProperties(Map<String, Recipient> recipients, @NotNull Duration consentWait,
                                   @NotNull Duration downloadValidFor, @NotNull String publicBaseUrl) {

    public DisclosureProperties {
        recipients = recipients == null ? Map.of() : Map.copyOf(recipients);
    }

    /**
     * @param catalogueRecipient the catalogue's recipient id when the decision table cannot tell it (processors)
     */
    public record Recipient(@NotNull String kind, @NotNull String name, @NotNull String address, String apiUser,
                            String catalogueRecipient) {
    }
}
