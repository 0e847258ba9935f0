package fi.tietovahti.identity;

import java.net.URI;
import java.time.Instant;

/**
 * The e-signature provider, seen from here. The HTTP shape is that of the providers Finnish organisations use:
 * create a signing request, send the signer to its URL, receive a signed webhook when it is signed (with the
 * signer's name and identity code from strong identification).
 */
public interface IdentityVerificationProvider {

    /**
     * What we ask the provider for. {@code reference} is our case number; it comes back in the webhook.
     * {@code returnUrl} (optional) is where the provider sends the signer's browser when done.
     */
    record SigningRequestSpec(String reference, String signerEmail, String language, URI callbackUrl,
                              Instant expiresAt, URI returnUrl) {

        public SigningRequestSpec(String reference, String signerEmail, String language, URI callbackUrl,
                                  Instant expiresAt) {
            this(reference, signerEmail, language, callbackUrl, expiresAt, null);
        }

        /** Without the signer's address: a spec that reaches a log line by accident names nobody. */
        @Override
        public String toString() {
            return "SigningRequestSpec[reference=" + reference + ", language=" + language + "]";
        }
    }

    /** The provider's answer: its id for the request and the URL the signer opens. */
    record SigningRequest(String id, URI signingUrl, Instant expiresAt) {
    }

    SigningRequest createSigningRequest(SigningRequestSpec spec);
}
