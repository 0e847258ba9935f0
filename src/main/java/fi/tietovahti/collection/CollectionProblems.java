package fi.tietovahti.collection;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the collection endpoints answer what they refuse: an unknown case 404, bad input 400, what the law or the case
 * does not allow 422 with the reason, the same payment twice 409. Never 500 for a refusal.
 */
@RestControllerAdvice(assignableTypes = {CollectionCaseController.class, CollectionPartnerController.class})
class CollectionProblems {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail bad(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(e.getMessage() != null && e.getMessage().startsWith("no collection case")
                ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(RentCollection.NotAllowed.class)
    ProblemDetail notAllowed(RentCollection.NotAllowed e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(Payments.Duplicate.class)
    ProblemDetail duplicate(Payments.Duplicate e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ArithmeticException.class)
    ProblemDetail cents(ArithmeticException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "amounts are in euros and cents");
    }
}
