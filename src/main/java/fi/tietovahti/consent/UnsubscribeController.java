package fi.tietovahti.consent;

import fi.tietovahti.registers.newsletter.NewsletterConsents;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newsletter's unsubscribe link, open without a login (the token is the subscription's secret). GET shows a
 * page with one button, because mail scanners open links; POST withdraws the consent at once, and is also what a
 * mail client's one-click unsubscribe (RFC 8058, {@code List-Unsubscribe-Post}) sends. Pages in Finnish, Swedish
 * and English; nothing about the subscriber is shown, nothing is cached, and the token is never logged.
 */
@RestController
class UnsubscribeController {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><meta name="robots" content="noindex">
            <title>Uutiskirje / Nyhetsbrev / Newsletter</title></head><body>%s</body></html>""";

    private final NewsletterConsents consents;

    UnsubscribeController(NewsletterConsents consents) {
        this.consents = consents;
    }

    @GetMapping(path = "/newsletter/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@PathVariable String token) {
        if (!consents.exists(token)) {
            return page(HttpStatus.NOT_FOUND, UNKNOWN);
        }
        return page(HttpStatus.OK, """
                <form method="post"><p>Peru uutiskirjeen tilaus? / Avbeställ nyhetsbrevet? / Unsubscribe from the
                newsletter?</p><button type="submit">Peru / Avbeställ / Unsubscribe</button></form>""");
    }

    @PostMapping(path = "/newsletter/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        return consents.withdraw(token).map(at -> page(HttpStatus.OK, """
                <p>Tilaus on peruttu. Emme lähetä sinulle enää uutiskirjettä.</p>
                <p>Prenumerationen är avbeställd. Vi skickar inte längre nyhetsbrevet till dig.</p>
                <p>You are unsubscribed. We will not send you the newsletter again.</p>"""))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, UNKNOWN));
    }

    private static final String UNKNOWN = """
            <p>Linkki ei ole voimassa. / Länken gäller inte. / This link is not valid.</p>""";

    private static ResponseEntity<String> page(HttpStatus status, String body) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer").body(PAGE.formatted(body));
    }
}
