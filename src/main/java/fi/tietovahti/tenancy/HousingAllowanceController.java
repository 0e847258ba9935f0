package fi.tietovahti.tenancy;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Kela's decision to pay a tenant's housing allowance to the landlord, recorded by the collection staff. */
@RestController
@RequestMapping("/api/tenancies")
@AllowedGroups(StaffGroups.COLLECTIONS)
@Tag(name = "Tenancies", description = "Housing allowance paid to the landlord (938/2014 §25)")
@SecurityRequirement(name = "basic")
class HousingAllowanceController {

    record Paid(HousingAllowances.Ground ground, LocalDate paidFrom) {
    }

    private final HousingAllowances allowances;

    HousingAllowanceController(HousingAllowances allowances) {
        this.allowances = allowances;
    }

    @PostMapping("/{contractNumber}/housing-allowance-to-landlord")
    @Operation(summary = "Kela pays the allowance to the landlord from the day: on the tenant's authorisation, or after "
            + "two consecutive months unpaid (422 with the months when the ledger does not bear it out)")
    ResponseEntity<Map<String, Long>> paid(@PathVariable String contractNumber, @RequestBody Paid paid) {
        if (paid == null || paid.ground() == null) {
            throw new IllegalArgumentException("the ground (AUTHORISATION or UNPAID_RENT) and paidFrom are needed");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id",
                allowances.paidToLandlord(contractNumber, paid.ground(), paid.paidFrom())));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail bad(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(e.getMessage() != null && e.getMessage().startsWith("no lease")
                ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(Evictions.NotAllowed.class)
    ProblemDetail notAllowed(Evictions.NotAllowed e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }
}
