package fi.tietovahti.disclosure;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recipient's link to its extract: the link went only to the recipient's registered address, is random and
 * expires; an unknown or expired link answers 404 and says nothing more.
 */
@RestController
class DisclosureDownloadController {

    private final DisclosureRegister register;

    DisclosureDownloadController(DisclosureRegister register) {
        this.register = register;
    }

    @GetMapping("/disclosures/{token}")
    ResponseEntity<byte[]> download(@PathVariable String token) {
        return register.download(token).map(d -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + d.fileName() + "\"")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .contentType(MediaType.parseMediaType(d.mediaType())).body(d.content()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
