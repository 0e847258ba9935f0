package fi.tietovahti.cases;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What is known when a request arrives, from any door (desk, REST, email). */
public record NewCase(@NotNull PrivacyCase.Type type, @NotNull Instant receivedAt,
                      @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
                      @NotNull PrivacyCase.Channel channel, @NotBlank @Size(max = 200) String requesterName,
                      @Email @Size(max = 254) String requesterEmail, @Size(max = 40) String requesterPhone,
                      boolean onBehalfOfMinor) {

    public NewCase(PrivacyCase.Type type, Instant receivedAt, String language, PrivacyCase.Channel channel,
                   String requesterName, String requesterEmail, String requesterPhone) {
        this(type, receivedAt, language, channel, requesterName, requesterEmail, requesterPhone, false);
    }
}
