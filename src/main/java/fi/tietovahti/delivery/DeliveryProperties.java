package fi.tietovahti.delivery;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Secure delivery (tietovahti.delivery.*).
 *
 * @param validFor        how long the link in the delivery letter opens the documents
 * @param sessionValidFor how long one strong identification lets the browser download, and how long the
 *                        identification itself may take
 * @param maxIdentificationsPerDay how many identifications one link may start within 24 hours
 * @param secureCookie    the session cookie travels over HTTPS only; off only for the local run and the tests on
 *                        plain http://localhost
 */
@Validated
@ConfigurationProperties("tietovahti.delivery")
public record DeliveryProperties(@NotNull Duration validFor, @NotNull Duration sessionValidFor,
                                 @Min(1) int maxIdentificationsPerDay, boolean secureCookie) {
}
