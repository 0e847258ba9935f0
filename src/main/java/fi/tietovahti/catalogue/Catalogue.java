package fi.tietovahti.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processing catalogue (catalogue/catalogue.yml): purposes, legal bases, retention rules, sources,
 * recipients and registers with their data categories. Immutable once loaded; {@link CatalogueValidator}
 * checks that every reference resolves.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Catalogue(Statements statements, List<Purpose> purposes, List<LegalBasis> legalBases, List<RetentionRule> retentionRules,
                        List<Source> sources, List<Recipient> recipients, List<Register> registers) {

    public Catalogue {
        purposes = nullToEmpty(purposes);
        legalBases = nullToEmpty(legalBases);
        retentionRules = nullToEmpty(retentionRules);
        sources = nullToEmpty(sources);
        recipients = nullToEmpty(recipients);
        registers = nullToEmpty(registers);
    }

    /** Fixed statements of the access report: transfers outside the EEA, automated decision-making. */
    public record Statements(Text internationalTransfers, Text automatedDecisionMaking) {
    }

    /** A text in fi, sv and en. */
    public record Text(String fi, String sv, String en) {
        public String in(String language) {
            return switch (language) {
                case "sv" -> sv;
                case "en" -> en;
                default -> fi;
            };
        }
    }

    /** A text in the three languages of the letters. */
    public interface Named {
        String id();

        String fi();

        String sv();

        String en();

        default String name(String language) {
            return switch (language) {
                case "sv" -> sv();
                case "en" -> en();
                default -> fi();
            };
        }
    }

    public record Purpose(String id, String fi, String sv, String en) implements Named {
    }

    /** @param special an Art. 9(2) basis, required for special-category data */
    public record LegalBasis(String id, String article, boolean special, String fi, String sv, String en)
            implements Named {
    }

    /**
     * How long a category is kept: {@code period} after {@code anchor}. The anchor is the event the clock runs
     * from; the retention sweep resolves it per record.
     */
    public record RetentionRule(String id, RetentionAnchor anchor, Period period, String statute,
                                String justification, String fi, String sv, String en) implements Named {
    }

    public record Source(String id, String fi, String sv, String en) implements Named {
    }

    /**
     * @param kind            authority, processor or third-party
     * @param consentRequired data goes to this recipient only with the subject's consent */
    public record Recipient(String id, String kind, String basis, boolean consentRequired, String fi, String sv,
                            String en) implements Named {
    }

    /** @param disclosable false where the notice promises never to disclose (apartment exchange) */
    public record Register(String id, String fi, String sv, String en, Boolean disclosable,
                           List<Category> categories) implements Named {
        public Register {
            categories = nullToEmpty(categories);
        }

        public boolean isDisclosable() {
            return disclosable == null || disclosable;
        }
    }

    /**
     * A data category of one register.
     *
     * @param portable   within Art. 20: provided by the subject, processed on consent or contract
     * @param sensitive  a special category (Art. 9)
     */
    public record Category(String id, String fi, String sv, String en, List<String> purposes,
                           List<String> legalBases, String retention, List<String> sources, List<String> recipients,
                           boolean portable, boolean sensitive) implements Named {
        public Category {
            purposes = nullToEmpty(purposes);
            legalBases = nullToEmpty(legalBases);
            sources = nullToEmpty(sources);
            recipients = nullToEmpty(recipients);
        }
    }

    public Stream<Category> categories() {
        return registers.stream().flatMap(r -> r.categories().stream());
    }

    public Optional<Category> category(String id) {
        return categories().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Register> register(String id) {
        return registers.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The register that holds a category. */
    public Optional<Register> registerOf(String categoryId) {
        return registers.stream().filter(r -> r.categories().stream().anyMatch(c -> c.id().equals(categoryId)))
                .findFirst();
    }

    public Optional<RetentionRule> retentionRule(String id) {
        return retentionRules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Set<String> portableCategories() {
        return categories().filter(Category::portable).map(Category::id).collect(Collectors.toUnmodifiableSet());
    }

    public Map<String, Purpose> purposesById() {
        return byId(purposes);
    }

    public Map<String, LegalBasis> legalBasesById() {
        return byId(legalBases);
    }

    public Map<String, Recipient> recipientsById() {
        return byId(recipients);
    }

    public Map<String, Source> sourcesById() {
        return byId(sources);
    }

    private static <T extends Named> Map<String, T> byId(List<T> items) {
        return items.stream().collect(Collectors.toMap(Named::id, Function.identity(), (a, b) -> a));
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
