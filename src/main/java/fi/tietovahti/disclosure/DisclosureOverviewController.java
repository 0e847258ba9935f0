package fi.tietovahti.disclosure;

import fi.tietovahti.hetu.InvalidPersonalIdentityCodeException;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DPO's view of disclosures: by recipient, basis, period and person; the Art. 30 CSV; the refusals; where the
 * privacy notice and the law differ. The person is asked by identity code in a header (never in a URL, which logs
 * keep), and answered without names.
 */
@RestController
@RequestMapping("/api/dpo/disclosures")
@AllowedGroups(StaffGroups.DPO)
@Tag(name = "DPO: disclosures", description = "The disclosure register for the data-protection officer")
@SecurityRequirement(name = "basic")
class DisclosureOverviewController {

    record Overview(List<DisclosureOverview.Row> disclosures, List<DisclosureOverview.Refusal> refusals) {
    }

    private final DisclosureOverview overview;
    private final ResidentDirectory directory;
    private final Clock clock;

    DisclosureOverviewController(DisclosureOverview overview, ResidentDirectory directory, Clock clock) {
        this.overview = overview;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Disclosures and refusals, filtered by recipient (id or kind), basis, period [from, to) in "
            + "Helsinki days, and the person (header X-Identity-Code)")
    Overview list(@RequestParam(required = false) String recipient, @RequestParam(required = false) String basis,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestHeader(name = "X-Identity-Code", required = false) String identityCode) {
        return new Overview(overview.disclosures(recipient, basis, day(from), day(to), persons(identityCode)),
                identityCode == null ? overview.refusals(day(from), day(to)) : List.of());
    }

    @GetMapping(value = "/art30.csv")
    @Operation(summary = "The disclosures of the period as CSV for the Art. 30 record of processing activities")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String recipient,
                               @RequestParam(required = false) String basis, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        byte[] body = overview.csv(overview.disclosures(recipient, basis, day(from), day(to), null))
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"disclosures.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(body);
    }

    @GetMapping("/notice-differences")
    @Operation(summary = "Catalogue recipients whose privacy-notice wording claims more than the recorded legal basis")
    List<DisclosureOverview.NoticeDifference> noticeDifferences() {
        return overview.noticeDifferences();
    }

    private Instant day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a day is yyyy-mm-dd: " + text.strip());
        }
    }

    private List<Long> persons(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return directory.byIdentityCode(PersonalIdentityCode.parse(code.strip())).map(p -> List.of(p.getId()))
                    .orElse(List.of());
        } catch (InvalidPersonalIdentityCodeException e) {
            throw new IllegalArgumentException("the identity code is not valid");
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
