package fi.tietovahti.disclosure;

import fi.tietovahti.hetu.InvalidPersonalIdentityCodeException;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import fi.tietovahti.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Handlers record a resident's consent to a disclosure, or its withdrawal (the consent register). */
@RestController
@RequestMapping("/api/disclosure-consents")
@AllowedGroups({StaffGroups.PRIVACY_HANDLERS, StaffGroups.DPO})
@Tag(name = "Disclosure consents", description = "The consent register for disclosures")
@SecurityRequirement(name = "basic")
class ConsentController {

    record ConsentEntry(@NotBlank @Size(max = 11) String identityCode,
                        @NotBlank @Pattern(regexp = "[A-Z_]{2,40}") String recipientKind,
                        @NotBlank @Pattern(regexp = "[A-Z_]{2,40}") String purpose, @NotNull Consents.How how,
                        @Size(max = 300) String evidence) {
        @Override
        public String toString() {
            return "ConsentEntry[recipientKind=" + recipientKind + ", purpose=" + purpose + "]";
        }
    }

    record Recorded(boolean changed, List<String> requestsResumed) {
    }

    private final ConsentDesk desk;
    private final ResidentDirectory directory;

    ConsentController(ConsentDesk desk, ResidentDirectory directory) {
        this.desk = desk;
        this.directory = directory;
    }

    @PostMapping
    @Operation(summary = "Record a consent; requests waiting for it go on")
    Recorded give(@Valid @RequestBody ConsentEntry entry, HttpServletRequest http) {
        long person = person(entry.identityCode());
        List<String> resumed = desk.give(person, entry.recipientKind(), entry.purpose(), entry.how(), entry.evidence(),
                StaffPrincipal.of(http).userId());
        return new Recorded(true, resumed);
    }

    @PostMapping("/withdrawals")
    @Operation(summary = "Record a withdrawal: no later disclosure on that consent")
    Recorded withdraw(@Valid @RequestBody ConsentEntry entry, HttpServletRequest http) {
        long person = person(entry.identityCode());
        return new Recorded(desk.withdraw(person, entry.recipientKind(), entry.purpose(), entry.how(),
                StaffPrincipal.of(http).userId()), List.of());
    }

    private long person(String code) {
        try {
            return directory.byIdentityCode(PersonalIdentityCode.parse(code)).orElseThrow(() ->
                    new IllegalArgumentException("Henkilöä ei löydy / Nobody with this identity code in the register"))
                    .getId();
        } catch (InvalidPersonalIdentityCodeException e) {
            throw new IllegalArgumentException("Henkilötunnus ei kelpaa / The identity code is not valid");
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
