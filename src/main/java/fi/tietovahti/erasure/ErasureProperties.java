package fi.tietovahti.erasure;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of erasure requests (tietovahti.erasure.*). The recipients' addresses under the same prefix belong to the
 * Art. 19 notices ({@link fi.tietovahti.recipients.RecipientProperties}).
 *
 * @param holdSweep six-field cron (server time) of the engine's hold sweep ({@link HoldSweepSchedule})
 */
@Validated
@ConfigurationProperties("tietovahti.erasure")
public record ErasureProperties(@NotBlank String holdSweep) {
}
