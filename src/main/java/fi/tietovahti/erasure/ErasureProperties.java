package fi.tietovahti.erasure;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of erasure requests (tietovahti.erasure.*).
 *
 * @param recipientAddresses where the Art. 19 notice of an erasure goes, per recipient id of the catalogue. Every
 *                           processor of the catalogue must have one: start-up fails otherwise, so that no notice
 *                           can be silently skipped.
 * @param holdSweep          six-field cron (server time) of the engine's hold sweep ({@link HoldSweepSchedule})
 */
@Validated
@ConfigurationProperties("tietovahti.erasure")
public record ErasureProperties(Map<String, String> recipientAddresses, @NotBlank String holdSweep) {

    public ErasureProperties {
        recipientAddresses = recipientAddresses == null ? Map.of() : Map.copyOf(recipientAddresses);
    }
}
