package fi.tietovahti.intake;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a stored message for the handler whose task shows it: the original (.eml) and each attachment.
 * Always as a download, never shown inline: a stranger's HTML or file must not run in a handler's browser.
 */
@RestController
@RequestMapping("/api/mail")
@AllowedGroups({StaffGroups.PRIVACY_HANDLERS, StaffGroups.DPO})
@Tag(name = "Mail", description = "Messages taken from the privacy mailbox")
@SecurityRequirement(name = "basic")
class MailController {

    private final JdbcTemplate jdbc;

    MailController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/{id}/original")
    @Operation(summary = "The message as received (.eml)")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        List<byte[]> raw = jdbc.query("select raw from tietovahti.inbound_mail where id = ? and raw is not null",
                (rs, i) -> rs.getBytes(1), id);
        return raw.isEmpty() ? ResponseEntity.notFound().build() : download(raw.get(0), "message-" + id + ".eml");
    }

    @GetMapping("/{id}/attachments/{position}")
    @Operation(summary = "One attachment of the message")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int position) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select file_name, content from tietovahti.inbound_attachment
                where inbound_mail_id = ? and position = ? and content is not null""", id, position);
        if (rows.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String name = (String) rows.get(0).get("file_name");
        return download((byte[]) rows.get(0).get("content"), name == null ? "attachment-" + position : name);
    }

    private static ResponseEntity<byte[]> download(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
