package fi.tietovahti.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * The controller as letters and reports name it. Defaults (application.yml) are the privacy notice's.
 *
 * @param privacyMailbox where residents send their requests
 * @param senderAddress  the From of every letter
 */
@Validated
@ConfigurationProperties("tietovahti.controller")
public record ControllerProperties(@NotBlank String name, @NotBlank String dpoName, @Email @NotBlank String dpoEmail,
                                   @Email @NotBlank String privacyMailbox, @Email @NotBlank String senderAddress,
                                   @NotBlank String ombudsman) {
}
