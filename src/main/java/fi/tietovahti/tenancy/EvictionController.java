package fi.tietovahti.tenancy;

import fi.tietovahti.registers.collection.EvictionCases;
import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import fi.tietovahti.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An eviction for the collection staff: its steps' days and the documents of its steps (court, bailiff, service). */
@RestController
@RequestMapping("/api/evictions")
@AllowedGroups(StaffGroups.COLLECTIONS)
@Tag(name = "Evictions", description = "Eviction cases and the documents of their steps")
@SecurityRequirement(name = "basic")
class EvictionController {

    record View(EvictionCases.Eviction eviction, List<EvictionCases.Document> documents) {
    }

    private final Evictions evictions;

    EvictionController(Evictions evictions) {
        this.evictions = evictions;
    }

    @GetMapping("/{reference}")
    @Operation(summary = "The eviction's steps and its documents (without their content)")
    View view(@PathVariable String reference) {
        return new View(evictions.view(reference), evictions.documents(reference));
    }

    @PostMapping(path = "/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a step's document (the court's judgment, the bailiff's moving notice, a receipt)")
    ResponseEntity<Map<String, Long>> add(@PathVariable String reference, @RequestParam Evictions.DocumentStep step,
                                          @RequestParam("file") MultipartFile file, HttpServletRequest http)
            throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", evictions.addDocument(reference, step,
                file.getOriginalFilename(), file.getContentType(), file.getBytes(),
                StaffPrincipal.of(http).userId())));
    }

    @GetMapping("/{reference}/documents/{id}")
    @Operation(summary = "A document of the eviction")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable long id) {
        return evictions.document(reference, id).map(content -> ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"document-" + id + "\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(content))
                .orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail bad(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(e.getMessage() != null && e.getMessage().startsWith("no eviction")
                ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
