package fi.tietovahti.consent;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sending a newsletter issue to every subscriber whose consent stands (restricted subscribers are held back). */
@RestController
@RequestMapping("/api/newsletter/issues")
@AllowedGroups({StaffGroups.DPO, StaffGroups.ADMIN})
@Tag(name = "Newsletter", description = "Newsletter issues; each letter carries the subscriber's unsubscribe link")
@SecurityRequirement(name = "basic")
class NewsletterIssueController {

    record Issue(String subject, String body) {
    }

    private final NewsletterIssues issues;

    NewsletterIssueController(NewsletterIssues issues) {
        this.issues = issues;
    }

    @PostMapping
    @Operation(summary = "Send an issue: letters queued in the outbox, restricted subscribers held back for a handler")
    NewsletterIssues.Sent send(@RequestBody Issue issue) {
        if (issue == null || blank(issue.subject()) || blank(issue.body())) {
            throw new IllegalArgumentException("an issue needs a subject and a body");
        }
        if (issue.subject().length() > 200 || issue.body().length() > 100_000) {
            throw new IllegalArgumentException("the subject is at most 200 characters, the body 100,000");
        }
        return issues.sendToAll(issue.subject().strip(), issue.body());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
