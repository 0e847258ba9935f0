package fi.tietovahti.disclosure;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import fi.tietovahti.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests for personal data through the API: a partner (Kela, the collection partner) asks under its own user, which
 * the recipient directory binds to one recipient; staff read where any request stands, a partner only its own.
 */
@RestController
@RequestMapping("/api/disclosure-requests")
@AllowedGroups({StaffGroups.PARTNERS, StaffGroups.PRIVACY_HANDLERS, StaffGroups.DPO})
@Tag(name = "Disclosure requests", description = "Requests for personal data from authorities and partners")
@SecurityRequirement(name = "basic")
class DisclosureRequestController {

    @Schema(description = "A partner's request for data about one resident (identity code) or a building's residents")
    record PartnerRequest(
            @Schema(description = "What the data is for: a purpose of the decision table", example = "HOUSING_ALLOWANCE")
            @NotBlank @Pattern(regexp = "[A-Z_]{2,40}") String purpose,
            @Schema(description = "The statute section or your case number", example = "938/2014 42 §, AT-2026-1234")
            @Size(max = 300) String legalReference,
            @Schema(description = "The resident's identity code") @Size(max = 11) String identityCode,
            @Schema(description = "For a list: the building's street address") @Size(max = 200) String buildingAddress,
            @Schema(description = "The request asks identity codes (refused for resident lists)") boolean asksIdentityCodes,
            @Schema(description = "The request asks apartment-exchange marketplace data (always refused)")
            boolean asksExchangeData) {
        @Override
        public String toString() {
            return "PartnerRequest[purpose=" + purpose + "]";
        }
    }

    record Created(String reference) {
    }

    @Schema(description = "Where a request stands; the identity code masked")
    record RequestState(String reference, String recipient, String purpose, String status, String decision,
                        String basis, String nationalSection, String profile, String reason, String subjectCode,
                        String channel) {
    }

    private final DisclosureDoors doors;
    private final DisclosureRequests requests;
    private final Recipients recipients;

    DisclosureRequestController(DisclosureDoors doors, DisclosureRequests requests, Recipients recipients) {
        this.doors = doors;
        this.requests = requests;
        this.recipients = recipients;
    }

    @PostMapping
    @AllowedGroups(StaffGroups.PARTNERS)
    @Operation(summary = "A partner asks for data; it is decided, approved and delivered to its registered address")
    ResponseEntity<Created> ask(@Valid @RequestBody PartnerRequest body, HttpServletRequest http) {
        StaffPrincipal caller = StaffPrincipal.of(http);
        DisclosureDoors.Started started = doors.fromPartner(caller.userId(), new DisclosureDoors.Ask(body.purpose(),
                body.legalReference(), body.asksExchangeData(), body.asksIdentityCodes(), body.identityCode(),
                List.of(), body.buildingAddress(), null));
        return ResponseEntity.accepted().location(URI.create("/api/disclosure-requests/" + started.reference()))
                .body(new Created(started.reference()));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "Where a request stands")
    RequestState state(@PathVariable String reference, HttpServletRequest http) {
        DisclosureRequests.Request r = requests.request(reference);
        StaffPrincipal caller = StaffPrincipal.of(http);
        if (!caller.isMemberOfAny(StaffGroups.PRIVACY_HANDLERS, StaffGroups.DPO)
                && recipients.byApiUser(caller.userId()).map(p -> !p.id().equals(r.recipientId())).orElse(true)) {
            throw new UnknownDisclosureRequestException(reference); // another partner's: as if there were none
        }
        return new RequestState(r.reference(), r.recipientName(), r.purpose(), r.status(), r.decision(), r.basis(),
                r.nationalSection(), r.profile(), r.reason(), r.maskedSubjectCode(), r.channel());
    }

    @ExceptionHandler({IllegalArgumentException.class, jakarta.validation.ConstraintViolationException.class})
    ProblemDetail invalid(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(DisclosureDoors.NotAPartner.class)
    ProblemDetail notAPartner(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(UnknownDisclosureRequestException.class)
    ProblemDetail unknown(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
