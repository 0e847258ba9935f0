package fi.tietovahti.intake;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Why the intake is failing, for the DPO and the administrator: the public health endpoint says only UP or DOWN
 * (its details could name servers and folders to anyone), so the reasons are here, behind the staff login.
 */
@RestController
@RequestMapping("/api/intake/health")
@AllowedGroups({StaffGroups.DPO, StaffGroups.ADMIN})
@Tag(name = "Intake", description = "The privacy mailbox and the request vocabulary")
@SecurityRequirement(name = "basic")
class IntakeHealthController {

    private final MailboxHealth mailbox;
    private final RequestVocabularyHealth vocabulary;

    IntakeHealthController(MailboxHealth mailbox, RequestVocabularyHealth vocabulary) {
        this.mailbox = mailbox;
        this.vocabulary = vocabulary;
    }

    @GetMapping
    @Operation(summary = "The mailbox (read, moved to the processed folder) and the request vocabulary, with reasons")
    Map<String, Object> health() {
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("mailbox", view(mailbox.health()));
        components.put("requestVocabulary", view(vocabulary.health()));
        return components;
    }

    private static Map<String, Object> view(Health health) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("status", health.getStatus().getCode());
        view.putAll(health.getDetails());
        return view;
    }
}
