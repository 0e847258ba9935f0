package fi.tietovahti.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The directory of organisations that may receive personal data (configuration: tietovahti.disclosure.recipients). An
 * extract or answer goes to the address registered here, never to an address a request came from: a forged request
 * cannot redirect data. A recipient missing here is unknown, and its request is refused.
 */
@Component
public class Recipients {

    /** A recipient organisation; {@code kind} is the decision table's recipient kind. */
    public record Recipient(String id, String kind, String name, String address, String apiUser,
                            String catalogueRecipient) {
    }

    private final List<Recipient> all;

    Recipients(DisclosureProperties properties) {
        this.all = properties.recipients().entrySet().stream()
                .map(e -> new Recipient(e.getKey(), e.getValue().kind(), e.getValue().name(), e.getValue().address(),
                        blankToNull(e.getValue().apiUser()), blankToNull(e.getValue().catalogueRecipient())))
                .sorted(Comparator.comparing(Recipient::id)).toList();
        for (Recipient r : all) {
            if (!r.kind().matches("[A-Z_]{2,40}") || r.address().isBlank() || !r.address().contains("@")) {
                throw new IllegalStateException("tietovahti.disclosure.recipients." + r.id()
                        + ": kind must be a decision-table kind (e.g. KELA) and address an email address");
            }
        }
    }

    public List<Recipient> all() {
        return all;
    }

    public Optional<Recipient> byId(String id) {
        return all.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The partner an API user asks for; a user that is no partner's asks for nobody. */
    public Optional<Recipient> byApiUser(String userId) {
        return all.stream().filter(r -> userId != null && userId.equals(r.apiUser())).findFirst();
    }

    /** The first recipient of a kind (the landlord's own notices, e.g. Kela's move-out notice). */
    public Optional<Recipient> firstOfKind(String kind) {
        return all.stream().filter(r -> r.kind().equals(kind)).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
