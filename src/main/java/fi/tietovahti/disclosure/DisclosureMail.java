package fi.tietovahti.disclosure;

import fi.tietovahti.hetu.PersonalIdentityCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Recognises an authority's or partner's request for data in the privacy mailbox: mail from an organisation in the
 * recipient directory (its registered address, or its domain) is a disclosure request, not a resident's privacy right.
 * The purpose is read from the words the authorities use; the identity code and the statute or case reference from
 * the text. A purpose not recognised goes to the DPO (the decision table's last row). A forged sender gains nothing:
 * whatever is decided goes to the registered address only.
 */
@Service
public class DisclosureMail {

    /** What the message asks, as far as it can be read; the identity code is not shown anywhere. */
    public record Recognised(String recipientId, String purpose, String legalReference, String identityCode) {
        @Override
        public String toString() {
            return "Recognised[recipient=" + recipientId + ", purpose=" + purpose + "]";
        }
    }

    /** The purpose when the words name none: the decision table has no row for it, so the DPO decides. */
    static final String UNSPECIFIED = "UNSPECIFIED";

    private static final Map<String, List<String>> PURPOSES = new LinkedHashMap<>();

    static {
        // stems as they appear in Finnish and Swedish official letters (inflected forms start with them)
        PURPOSES.put("MOVE_OUT_NOTICE", List.of("muuttoilmoitu", "vuokrasuhteen päätty", "flyttningsanmäl"));
        PURPOSES.put("SOCIAL_ASSISTANCE", List.of("toimeentulotu", "utkomststöd"));
        PURPOSES.put("HOUSING_ALLOWANCE", List.of("asumistu", "bostadsbidrag"));
        PURPOSES.put("ENFORCEMENT", List.of("ulosot", "utsökning"));
        PURPOSES.put("CRIME", List.of("esitutkin", "rikos", "förundersökning", "brott"));
        PURPOSES.put("TAXATION", List.of("verotu", "beskattning"));
        PURPOSES.put("PROCEEDINGS", List.of("oikeudenkäyn", "tuomioistu", "rättegång"));
        PURPOSES.put("HOUSING_ADVISORY", List.of("asumisneuvon", "boenderådgivning"));
        PURPOSES.put("CARE_NEED", List.of("palvelutarpeen arvi", "sosiaalihuollon tarpee", "servicebehov"));
        PURPOSES.put("SUPERVISION", List.of("asukasvalinnan valvon", "valvonta", "tillsyn"));
        PURPOSES.put("RESIDENCE", List.of("kotikun", "väestötiet", "hemkommun"));
        PURPOSES.put("DAMAGE_CLAIM", List.of("vahinkoasi", "vahingon", "skadeärende"));
    }

    private static final Pattern CODE = Pattern.compile("\\b\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]\\b");
    private static final Pattern STATUTE = Pattern.compile(
            "(\\d{2,4}/(?:19|20)\\d{2}[^\\n.;]{0,40}?§[^\\n.;]{0,20})|((?:asianumero|asia nro|diaarinumero|dnro|dnr|"
                    + "ärendenummer|case number)[:\\s]+[A-Za-z0-9/._-]{3,40})", Pattern.CASE_INSENSITIVE);

    private final Recipients recipients;

    DisclosureMail(Recipients recipients) {
        this.recipients = recipients;
    }

    /** A request for data when the sender is a known organisation; empty for everyone else. */
    public Optional<Recognised> recognise(String fromAddress, String subject, String text) {
        Optional<Recipients.Recipient> sender = sender(fromAddress);
        if (sender.isEmpty()) {
            return Optional.empty();
        }
        String all = ((subject == null ? "" : subject) + "\n" + (text == null ? "" : text));
        String lower = all.toLowerCase(Locale.ROOT);
        String purpose = PURPOSES.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(lower::contains)).map(Map.Entry::getKey).findFirst()
                .orElse(UNSPECIFIED);
        Matcher statute = STATUTE.matcher(all);
        String reference = statute.find() ? statute.group().strip() : null;
        String code = null;
        Matcher codes = CODE.matcher(all);
        while (codes.find() && code == null) {
            if (PersonalIdentityCode.isValid(codes.group())) {
                code = codes.group();
            }
        }
        return Optional.of(new Recognised(sender.get().id(), purpose, reference, code));
    }

    /** The directory's organisation of the address: its registered address, else the same mail domain. */
    Optional<Recipients.Recipient> sender(String fromAddress) {
        if (fromAddress == null || !fromAddress.contains("@")) {
            return Optional.empty();
        }
        String address = fromAddress.strip().toLowerCase(Locale.ROOT);
        String domain = address.substring(address.lastIndexOf('@') + 1);
        Optional<Recipients.Recipient> exact = recipients.all().stream()
                .filter(r -> r.address().equalsIgnoreCase(address)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // a shared domain (an insurer's, a city's) names the organisation only when one recipient has it
        List<Recipients.Recipient> byDomain = recipients.all().stream()
                .filter(r -> r.address().toLowerCase(Locale.ROOT).endsWith("@" + domain)).toList();
        return byDomain.size() == 1 ? Optional.of(byDomain.get(0)) : Optional.empty();
    }
}
