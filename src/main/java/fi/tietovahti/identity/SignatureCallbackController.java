package fi.tietovahti.identity;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-signature provider's webhook. Reachable without a login (the provider has none); authenticated by the
 * HMAC signature of its body instead.
 */
@RestController
class SignatureCallbackController {

    private final IdentityVerificationService verification;

    SignatureCallbackController(IdentityVerificationService verification) {
        this.verification = verification;
    }

    @PostMapping(path = "/esign/callback", consumes = "application/json")
    ResponseEntity<Map<String, String>> callback(@RequestBody String body,
                                                 @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature) {
        verification.handleCallback(body, signature);
        return ResponseEntity.ok(Map.of("status", "accepted"));
    }

    @ExceptionHandler(CallbackRefused.class)
    ResponseEntity<Map<String, String>> refused(CallbackRefused e) {
        return e.response();
    }
}
