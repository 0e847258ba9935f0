package fi.tietovahti.delivery;

import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.identity.CallbackRefused;
import fi.tietovahti.identity.WebhookSignature;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The resident's side of secure delivery, reachable without a login: the link from the letter, strong
 * identification through the provider, then the documents. The link alone opens nothing; pages never show personal
 * data before identification, and nothing is cached.
 */
@RestController
class DeliveryController {

    private final SecureDeliveries deliveries;
    private final DeliveryProperties properties;

    DeliveryController(SecureDeliveries deliveries, DeliveryProperties properties) {
        this.deliveries = deliveries;
        this.properties = properties;
    }

    @GetMapping(path = "/delivery/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> landing(@PathVariable String token) {
        deliveries.caseNumberOf(token); // refuses unknown and expired links; nothing about the case is shown yet
        return page(HttpStatus.OK, "Suojattu toimitus / Skyddad leverans / Secure delivery",
                "<p>Tunnistaudu vahvasti (pankkitunnukset tai mobiilivarmenne) avataksesi asiakirjat. "
                        + "Identifiera dig starkt för att öppna handlingarna. "
                        + "Identify yourself strongly (bank credentials or mobile certificate) to open the documents.</p>"
                        + "<form method='post' action='/delivery/" + HtmlUtils.htmlEscape(token) + "/identify'>"
                        + "<button type='submit'>Tunnistaudu / Identifiera dig / Identify</button></form>");
    }

    @PostMapping(path = "/delivery/{token}/identify")
    ResponseEntity<Void> identify(@PathVariable String token) {
        SecureDeliveries.IdentificationStarted started = deliveries.startIdentification(token);
        ResponseCookie cookie = ResponseCookie.from(SecureDeliveries.SESSION_COOKIE, started.sessionSecret())
                .httpOnly(true).secure(properties.secureCookie()).sameSite("Lax").path("/delivery/").build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(started.identifyAt())
                .header(HttpHeaders.SET_COOKIE, cookie.toString()).cacheControl(CacheControl.noStore()).build();
    }

    @PostMapping(path = "/delivery/callback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> callback(@RequestBody String body,
                                                 @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature) {
        boolean opened = deliveries.handleCallback(body, signature);
        return ResponseEntity.ok(Map.of("status", opened ? "identified" : "not the requester"));
    }

    /** The provider sends the browser back here with the state of its identification. */
    @GetMapping(path = "/delivery/{token}/return", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> returned(@PathVariable String token, @RequestParam(required = false) String state,
                                    @CookieValue(name = SecureDeliveries.SESSION_COOKIE, required = false) String session) {
        return switch (deliveries.returned(token, session, state)) {
            case IDENTIFIED -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/delivery/" + token + "/files")).cacheControl(CacheControl.noStore()).build();
            // the provider's webhook has not arrived yet: wait and ask again
            case PENDING -> ResponseEntity.status(HttpStatus.OK).contentType(MediaType.TEXT_HTML)
                    .cacheControl(CacheControl.noStore())
                    .header("Refresh", "2")
                    .body(html("Odota hetki / Vänta ett ögonblick / One moment",
                            "<p>Tunnistautumista vahvistetaan. Identifieringen bekräftas. Confirming your identification.</p>"));
            case REFUSED -> throw new DeliveryRefused(DeliveryRefused.Reason.NOT_IDENTIFIED);
        };
    }

    /** What each file is, for a resident who did not ask for "a DOCX" (the page is in the three languages). */
    static final Map<CaseDocuments.Kind, String> WHAT_IT_IS = Map.of(
            CaseDocuments.Kind.REPORT_PDF, "Tietosi ja niiden käsittely, luettavaksi ja tulostettavaksi (PDF). "
                    + "Dina uppgifter och hur de behandlas, att läsa och skriva ut (PDF). "
                    + "Your data and how it is processed, to read and print (PDF).",
            CaseDocuments.Kind.REPORT_DOCX, "Sama raportti Word-asiakirjana, muokattavissa. "
                    + "Samma rapport som Word-dokument, redigerbar. The same report as a Word document, editable.",
            CaseDocuments.Kind.PORTABLE_JSON, "Siirrettävät tietosi koneluettavassa muodossa (JSON) toiselle "
                    + "palvelulle. Dina flyttbara uppgifter i maskinläsbart format (JSON) för en annan tjänst. "
                    + "Your portable data in a machine-readable format (JSON), for another service.",
            CaseDocuments.Kind.PORTABLE_CSV, "Samat siirrettävät tiedot taulukkona (CSV), avautuu "
                    + "taulukkolaskentaohjelmaan. Samma uppgifter som tabell (CSV) för ett kalkylprogram. "
                    + "The same portable data as a table (CSV), for a spreadsheet.",
            CaseDocuments.Kind.ANSWER_DOCX, "Vastauksemme pyyntöösi (Word-asiakirja). Vårt svar på din begäran "
                    + "(Word-dokument). Our answer to your request (Word document).");

    @GetMapping(path = "/delivery/{token}/files", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> files(@PathVariable String token,
                                 @CookieValue(name = SecureDeliveries.SESSION_COOKIE, required = false) String session) {
        List<CaseDocuments.Document> documents = deliveries.documents(token, session);
        StringBuilder list = new StringBuilder("<ul>");
        for (CaseDocuments.Document d : documents) {
            list.append("<li><a href='/delivery/").append(HtmlUtils.htmlEscape(token)).append("/files/")
                    .append(d.kind().name()).append("'>").append(HtmlUtils.htmlEscape(d.fileName())).append("</a> (")
                    .append(d.size() / 1024 + 1).append(" kB)<br>").append(WHAT_IT_IS.get(d.kind())).append("</li>");
        }
        return page(HttpStatus.OK, "Asiakirjat / Handlingar / Documents", list.append("</ul>").toString());
    }

    @GetMapping(path = "/delivery/{token}/files/{kind}")
    ResponseEntity<byte[]> download(@PathVariable String token, @PathVariable String kind,
                                    @CookieValue(name = SecureDeliveries.SESSION_COOKIE, required = false) String session) {
        CaseDocuments.Kind documentKind;
        try {
            documentKind = CaseDocuments.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new DeliveryRefused(DeliveryRefused.Reason.UNKNOWN);
        }
        SecureDeliveries.Download download = deliveries.download(token, session, documentKind);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.document().fileName()).build().toString())
                .cacheControl(CacheControl.noStore()).body(download.content());
    }

    @ExceptionHandler(DeliveryRefused.class)
    ResponseEntity<String> refused(DeliveryRefused e) {
        return switch (e.reason()) {
            case UNKNOWN -> page(HttpStatus.NOT_FOUND, "Linkkiä ei löydy / Länken finns inte / Link not found", "");
            case EXPIRED -> page(HttpStatus.GONE, "Linkki on vanhentunut / Länken har gått ut / The link has expired",
                    "<p>Ota yhteyttä tietosuojavastaavaan. Kontakta dataskyddsombudet. Please contact the data "
                            + "protection officer.</p>");
            case TOO_MANY_ATTEMPTS -> page(HttpStatus.TOO_MANY_REQUESTS,
                    "Liian monta yritystä / För många försök / Too many attempts",
                    "<p>Yritä huomenna uudelleen. Försök igen i morgon. Please try again tomorrow.</p>");
            case NOT_IDENTIFIED -> page(HttpStatus.UNAUTHORIZED,
                    "Tunnistautuminen puuttuu / Identifiering saknas / Identification required",
                    "<p>Avaa sähköpostin linkki ja tunnistaudu uudelleen. Open the link in the email and identify "
                            + "yourself again.</p>");
        };
    }

    @ExceptionHandler(CallbackRefused.class)
    ResponseEntity<Map<String, String>> callbackRefused(CallbackRefused e) {
        return e.response();
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String content) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .body(html(title, content));
    }

    private static String html(String title, String content) {
        return "<!doctype html><html lang='fi'><head><meta charset='utf-8'><title>" + HtmlUtils.htmlEscape(title)
                + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1>" + content + "</body></html>";
    }
}
