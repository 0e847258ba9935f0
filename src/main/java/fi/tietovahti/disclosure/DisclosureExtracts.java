package fi.tietovahti.disclosure;

import fi.tietovahti.registers.collection.Claims;
import fi.tietovahti.registers.ledger.RentHistory;
import fi.tietovahti.registers.tenancy.ResidentFacts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Builds the minimised extract of a disclosure: one CSV row per person with exactly the profile's columns, read
 * from the registers in a few batched queries. The file is what is delivered and what the register's SHA-256 is of.
 */
@Component
public class DisclosureExtracts {

    /** The delivered file and its fingerprint. */
    public record Extract(String fileName, String mediaType, byte[] content, String sha256, int rows) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ResidentFacts residents;
    private final RentHistory rent;
    private final Claims claims;

    DisclosureExtracts(ResidentFacts residents, RentHistory rent, Claims claims) {
        this.residents = residents;
        this.rent = rent;
        this.claims = claims;
    }

    /** The extract of the profile for the people, as of the day. */
    public Extract extract(String reference, Profile profile, Collection<Long> personIds, LocalDate today) {
        return extract(reference, profile, personIds, today, Map.of());
    }

    /**
     * The same, with values the caller supplies per person and field (a move-out day the notice tells, which the
     * registers may not hold yet) in place of the registers'.
     */
    public Extract extract(String reference, Profile profile, Collection<Long> personIds, LocalDate today,
                           Map<Long, Map<String, String>> supplied) {
        Map<Long, ResidentFacts.Resident> people = residents.residents(personIds);
        Map<Long, List<RentHistory.Payment>> payments = profile.fields().contains("paymentsLast12Months")
                ? rent.paymentsSince(people.values().stream().map(ResidentFacts.Resident::tenancyId).toList(),
                today.minusMonths(12)) : Map.of();
        Map<Long, ResidentFacts.ExchangeApplication> applications = new LinkedHashMap<>();
        if (profile == Profile.EXCHANGE_APPLICATION) {
            residents.exchangeApplications(people.keySet()).forEach(a -> applications.putIfAbsent(a.personId(), a));
        }
        byte[] pseudonymKey = new byte[32];
        RANDOM.nextBytes(pseudonymKey);
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(";", profile.fields())).append("\r\n");
        List<ResidentFacts.Resident> rows = new ArrayList<>(people.values());
        if (profile == Profile.RESIDENT_LIST) {
            rows.sort(java.util.Comparator.comparing(ResidentFacts.Resident::apartmentNumber)
                    .thenComparing(ResidentFacts.Resident::lastName));
        }
        for (ResidentFacts.Resident r : rows) {
            List<String> values = new ArrayList<>();
            for (String field : profile.fields()) {
                String given = supplied.getOrDefault(r.personId(), Map.of()).get(field);
                values.add(cell(given != null ? given : value(field, r, payments, applications, pseudonymKey)));
            }
            csv.append(String.join(";", values)).append("\r\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        return new Extract(reference + ".csv", "text/csv; charset=UTF-8", content, sha256(content), rows.size());
    }

    private String value(String field, ResidentFacts.Resident r, Map<Long, List<RentHistory.Payment>> payments,
                         Map<Long, ResidentFacts.ExchangeApplication> applications, byte[] pseudonymKey) {
        ResidentFacts.ExchangeApplication application = applications.get(r.personId());
        return switch (field) {
            case "name" -> r.fullName();
            case "identityCode" -> r.identityCode();
            case "birthDate" -> day(r.birthDate());
            case "address" -> r.address();
            case "apartment" -> r.streetAddress() + " " + r.apartmentNumber();
            case "phone" -> r.phone();
            case "email" -> r.email();
            case "contractNumber" -> r.contractNumber();
            case "tenancyStart" -> day(r.tenancyStart());
            case "tenancyEnd" -> day(r.tenancyEnd());
            case "movedIn" -> day(r.movedIn());
            case "movedOut" -> day(r.movedOut());
            case "monthlyRent" -> euros(r.monthlyRent());
            case "deposit" -> euros(r.deposit());
            case "householdSize" -> Integer.toString(r.householdSize());
            case "paymentsLast12Months" -> payments.getOrDefault(r.tenancyId(), List.of()).stream()
                    .map(p -> day(p.paidOn()) + " " + euros(BigDecimal.valueOf(p.amountCents(), 2)))
                    .collect(Collectors.joining(", "));
            case "openClaimsEur" -> euros(BigDecimal.valueOf(claims.openPrincipalCents(List.of(r.tenancyId())), 2));
            case "applicationSubmitted" -> application == null ? "" : day(application.submittedOn());
            case "desiredDistricts" -> application == null ? "" : application.desiredDistricts();
            case "desiredRooms" -> application == null ? "" : application.desiredRooms();
            case "applicationStatus" -> application == null ? "" : application.status();
            case "pseudonym" -> pseudonym(pseudonymKey, r.personId());
            case "birthYear" -> Integer.toString(r.birthDate().getYear());
            case "postalCode" -> r.postalCode();
            case "rooms" -> r.rooms();
            case "tenancyStartYear" -> Integer.toString(r.tenancyStart().getYear());
            default -> throw new IllegalStateException("profile field without a source: " + field);
        };
    }

    /** A CSV cell: quoted when it holds the separator, a quote or a line break; formula starts defused. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?[0-9.,]+")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String pseudonym(byte[] key, long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(Long.toString(personId).getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    private static String euros(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
