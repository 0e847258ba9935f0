package fi.tietovahti.access;

import fi.tietovahti.request.PrivacyRequests;
import fi.tietovahti.request.RequestDoors;

import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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

/** The REST door of the subject-access request, and the state of a case for handlers and the DPO. */
@RestController
@RequestMapping("/api/access-requests")
@AllowedGroups({StaffGroups.PRIVACY_HANDLERS, StaffGroups.DPO})
@Tag(name = "Access requests", description = "Subject-access requests (GDPR Art. 15)")
@SecurityRequirement(name = "basic")
class AccessRequestController {

    private final RequestDoors doors;
    private final CaseRegistry cases;
    private final CaseDocuments documents;

    AccessRequestController(RequestDoors doors, CaseRegistry cases, CaseDocuments documents) {
        this.doors = doors;
        this.cases = cases;
        this.documents = documents;
    }

    @Schema(description = "A request as received, e.g. a form a handler transcribes from a letter")
    record NewAccessRequest(
            @Schema(description = "The requester's name as they gave it", example = "Aino Virtanen")
            @NotBlank @Size(max = 200) String requesterName,
            @Schema(description = "Where the acknowledgement and the secure delivery link go", example = "aino@example.com")
            @NotBlank @Email @Size(max = 254) String requesterEmail,
            @Size(max = 40) String requesterPhone,
            @Schema(description = "fi, sv or en: the language of every letter", example = "fi")
            @NotBlank @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
            @Schema(description = "When the request arrived; the deadline counts from this day. Default: now")
            Instant receivedAt,
            @Schema(description = "REST (default), LETTER, DESK or EMAIL")
            PrivacyCase.Channel channel,
            @Schema(description = "The requester's identity was checked at the service desk: a handler records it")
            boolean identityCheckedAtDesk,
            @Schema(description = "A guardian asks on behalf of a minor: a handler decides")
            boolean onBehalfOfMinor) {
    }

    record Created(String caseNumber, String processInstanceId) {
    }

    @Schema(description = "Where a case stands; no personal data")
    record CaseState(String caseNumber, Instant receivedAt, String language, LocalDate legalDeadline,
                     LocalDate internalTarget, int identityPausedDays, Integer extensionMonths,
                     PrivacyCase.ExtensionGround extensionGround, Boolean straightThrough, Instant deliveredAt, String outcome, Boolean onTimeLegal,
                     Boolean onTimeTarget, String decidedBy, boolean letterDeliveryFailed,
                     List<CaseDocuments.Document> documents, @Schema(description = "Where letters go: the request"
                     + " form's address, else the sender's") String answerAddress,
                     @Schema(description = "The address the emailed request came from, when the form names another"
                             + " one") String senderAddress,
                     @Schema(description = "The identity code the request form stated, masked: a hint for matching,"
                             + " never proof") String formIdentityCode, LocalDate formBirthDate) {
    }

    @PostMapping
    @Operation(summary = "Register an access request and start its process",
            responses = {@ApiResponse(responseCode = "201", description = "Case opened; Location is its state"),
                    @ApiResponse(responseCode = "400", description = "Invalid input, with the reason")})
    ResponseEntity<Created> create(@Valid @RequestBody NewAccessRequest request) {
        RequestDoors.Started started = doors.start(new PrivacyRequests.Registration(request.receivedAt(),
                request.language(), request.channel() == null ? PrivacyCase.Channel.REST : request.channel(),
                request.requesterName(), request.requesterEmail(), request.requesterPhone(), request.onBehalfOfMinor()),
                request.identityCheckedAtDesk());
        return ResponseEntity.created(URI.create("/api/access-requests/" + started.caseNumber()))
                .body(new Created(started.caseNumber(), started.processInstanceId()));
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "The state of a case: deadlines, pause, extension, delivery, outcome, documents, what "
            + "decided an emailed request's type, whether a letter to the requester bounced")
    CaseState state(@PathVariable String caseNumber) {
        PrivacyCase c = cases.byNumber(caseNumber);
        CaseRegistry.FormStatement form = cases.formStatement(caseNumber);
        return new CaseState(c.getCaseNumber(), c.getReceivedAt(), c.getLanguage(), c.getLegalDeadline(),
                c.getInternalTarget(), c.getIdentityPausedDays(), c.getExtensionMonths(), c.getExtensionGround(),
                c.getStraightThrough(),
                c.getDeliveredAt(), c.getOutcome() == null ? null : c.getOutcome().name(), c.getOnTimeLegal(),
                c.getOnTimeTarget(), c.getDecidedBy(), c.isLetterDeliveryFailed(), documents.list(c.getId()),
                form.answerAddress(), form.senderAddress(), form.identityCodeMasked(), form.birthDate());
    }

    @ExceptionHandler({IllegalArgumentException.class, ConstraintViolationException.class})
    ProblemDetail invalid(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(fi.tietovahti.cases.UnknownCaseException.class)
    ProblemDetail unknown(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
