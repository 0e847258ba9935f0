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

    /**
     * The one recipient a process discloses to, named by its catalogue recipient ({@code processor-collection}) or
     * its kind ({@code KELA}). Several candidates are a configuration error, never a guess: a debt must not go to
     * the IT provider because its id sorts first.
     */
    public Recipient forProcess(String catalogueRecipientOrKind) {
        List<Recipient> named = all.stream().filter(r -> catalogueRecipientOrKind.equals(r.catalogueRecipient()))
                .toList();
        List<Recipient> candidates = named.isEmpty()
                ? all.stream().filter(r -> r.kind().equals(catalogueRecipientOrKind)).toList() : named;
        if (candidates.size() != 1) {
            throw new IllegalStateException("tietovahti.disclosure.recipients has " + candidates.size()
                    + " recipients for " + catalogueRecipientOrKind + ": a process discloses to exactly one (name it by"
                    + " catalogue-recipient when several share a kind)");
        }
        return candidates.get(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
