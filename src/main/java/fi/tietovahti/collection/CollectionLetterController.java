package fi.tietovahti.collection;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The payment reminder of an open claim, for the collection staff (held back when the tenant's data is restricted). */
@RestController
@RequestMapping("/api/collection/cases")
@AllowedGroups(StaffGroups.COLLECTIONS)
@Tag(name = "Collection", description = "Rent-arrears collection steps")
@SecurityRequirement(name = "basic")
class CollectionLetterController {

    record Sent(CollectionLetters.Result result) {
    }

    private final CollectionLetters letters;

    CollectionLetterController(CollectionLetters letters) {
        this.letters = letters;
    }

    @PostMapping("/{id}/payment-reminder")
    @Operation(summary = "Email the payment reminder: SENT, HELD_BACK (restricted: a handler decides) or NO_ADDRESS")
    Sent paymentReminder(@PathVariable long id) {
        return new Sent(letters.sendPaymentReminder(id));
    }

    @ExceptionHandler(EmptyResultDataAccessException.class)
    ProblemDetail notOpen(EmptyResultDataAccessException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no open claim with that id");
    }
}
