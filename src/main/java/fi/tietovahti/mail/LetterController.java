package fi.tietovahti.mail;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The letters of a case as sent (or still waiting), and a second chance for one whose retries ran out. */
@RestController
@RequestMapping("/api/letters")
@AllowedGroups({StaffGroups.PRIVACY_HANDLERS, StaffGroups.DPO})
@Tag(name = "Letters", description = "Outbound letters kept with their case (the outbox)")
@SecurityRequirement(name = "basic")
class LetterController {

    record Letter(long id, String caseNumber, String messageId, String inReplyTo, String recipient, String subject,
                  String body, String status, int attempts, String lastError, Instant createdAt, Instant sentAt,
                  Instant bouncedAt) {
    }

    private final JdbcTemplate jdbc;
    private final OutboxSender sender;

    LetterController(JdbcTemplate jdbc, OutboxSender sender) {
        this.jdbc = jdbc;
        this.sender = sender;
    }

    @GetMapping
    @Operation(summary = "The letters of a case, oldest first")
    List<Letter> ofCase(@RequestParam("case") String caseNumber) {
        return jdbc.query("""
                select id, case_number, message_id, in_reply_to, recipient, subject, body, status, attempts, last_error,
                       created_at, sent_at, bounced_at
                from tietovahti.mail_outbox where case_number = ? order by id""", (rs, i) -> new Letter(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getInt(9), rs.getString(10), instant(rs.getTimestamp(11)),
                instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13))), caseNumber);
    }

    @PostMapping("/{id}/retry")
    @AllowedGroups({StaffGroups.DPO, StaffGroups.ADMIN})
    @Operation(summary = "Send a FAILED letter again and resolve its incident (after the mail server is fixed)")
    void retry(@PathVariable long id) {
        sender.retry(id);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail notFound(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
