package fi.tietovahti.catalogue;

import fi.tietovahti.registers.PersonalDataSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the catalogue on its own (unique ids, every reference resolves, every category has a purpose, a legal
 * basis and a retention rule, special categories have an Art. 9 basis) and against the registers that exist
 * (every source's register and categories are in the catalogue, and every catalogue register has a source).
 */
public final class CatalogueValidator {

    private CatalogueValidator() {
    }

    public static List<String> validate(Catalogue c) {
        List<String> problems = new ArrayList<>();
        if (c.statements() == null || incomplete(c.statements().internationalTransfers())
                || incomplete(c.statements().automatedDecisionMaking())) {
            problems.add("statements: internationalTransfers and automatedDecisionMaking are needed in fi, sv and en");
        }
        unique("purpose", c.purposes().stream().map(Catalogue.Named::id), problems);
        unique("legal basis", c.legalBases().stream().map(Catalogue.Named::id), problems);
        unique("retention rule", c.retentionRules().stream().map(Catalogue.Named::id), problems);
        unique("source", c.sources().stream().map(Catalogue.Named::id), problems);
        unique("recipient", c.recipients().stream().map(Catalogue.Named::id), problems);
        unique("register", c.registers().stream().map(Catalogue.Named::id), problems);
        unique("category", c.categories().map(Catalogue.Named::id), problems);

        Stream.of(c.purposes(), c.legalBases(), c.retentionRules(), c.sources(), c.recipients(), c.registers())
                .flatMap(Collection::stream).forEach(n -> named(n, problems));
        c.categories().forEach(n -> named(n, problems));

        Set<String> kinds = Set.of("authority", "processor", "third-party");
        c.recipients().stream().filter(r -> !kinds.contains(r.kind()))
                .forEach(r -> problems.add("recipient " + r.id() + " has kind '" + r.kind() + "', expected one of " + kinds));
        c.retentionRules().stream().filter(r -> r.anchor() == null || r.period() == null || blank(r.statute()))
                .forEach(r -> problems.add("retention rule " + r.id() + " needs an anchor, a period and a statute (or 'policy')"));

        Map<String, Catalogue.LegalBasis> bases = c.legalBasesById();
        for (Catalogue.Register register : c.registers()) {
            if (register.categories().isEmpty()) {
                problems.add("register " + register.id() + " has no categories");
            }
            for (Catalogue.Category cat : register.categories()) {
                String where = "category " + cat.id();
                if (!cat.id().startsWith(register.id() + ".")) {
                    problems.add(where + " must be named " + register.id() + ".<name> (it is filed under " + register.id() + ")");
                }
                if (cat.purposes().isEmpty()) {
                    problems.add(where + " has no purpose");
                }
                if (cat.legalBases().isEmpty()) {
                    problems.add(where + " has no legal basis");
                }
                if (blank(cat.retention())) {
                    problems.add(where + " has no retention rule");
                }
                if (cat.sources().isEmpty()) {
                    problems.add(where + " has no source");
                }
                resolve(where, "purpose", cat.purposes(), c.purposesById().keySet(), problems);
                resolve(where, "legal basis", cat.legalBases(), bases.keySet(), problems);
                resolve(where, "source", cat.sources(), c.sourcesById().keySet(), problems);
                resolve(where, "recipient", cat.recipients(), c.recipientsById().keySet(), problems);
                if (!blank(cat.retention()) && c.retentionRule(cat.retention()).isEmpty()) {
                    problems.add(where + " refers to unknown retention rule '" + cat.retention() + "'");
                }
                if (cat.sensitive() && cat.legalBases().stream().map(bases::get)
                        .noneMatch(b -> b != null && b.special())) {
                    problems.add(where + " is a special category but has no Art. 9 legal basis");
                }
                if (!register.isDisclosable() && !cat.recipients().isEmpty()) {
                    problems.add(where + " lists recipients, but register " + register.id() + " is never disclosed");
                }
            }
        }
        return problems;
    }

    /** The registers that run must match the catalogue both ways. */
    public static List<String> validateSources(Catalogue c, Collection<? extends PersonalDataSource> sources) {
        List<String> problems = new ArrayList<>();
        Map<String, Catalogue.Register> registers = c.registers().stream()
                .collect(Collectors.toMap(Catalogue.Register::id, Function.identity(), (a, b) -> a));
        Set<String> served = new HashSet<>();
        for (PersonalDataSource source : sources) {
            String name = source.getClass().getSimpleName();
            Catalogue.Register register = registers.get(source.register());
            if (register == null) {
                problems.add(name + " serves register '" + source.register() + "', which the catalogue lacks");
                continue;
            }
            if (!served.add(source.register())) {
                problems.add("more than one source serves register " + source.register());
            }
            Set<String> declared = register.categories().stream().map(Catalogue.Category::id).collect(Collectors.toSet());
            for (String category : source.categories()) {
                if (!declared.contains(category)) {
                    problems.add(name + " holds category '" + category + "', which the catalogue lacks under register "
                            + register.id());
                }
            }
            for (String category : declared) {
                if (!source.categories().contains(category)) {
                    problems.add("the catalogue lists category " + category + " under " + register.id() + ", but "
                            + name + " does not hold it");
                }
            }
        }
        registers.keySet().stream().filter(r -> !served.contains(r)).sorted()
                .forEach(r -> problems.add("register " + r + " is in the catalogue but no PersonalDataSource serves it"));
        return problems;
    }

    private static void named(Catalogue.Named n, List<String> problems) {
        if (blank(n.id())) {
            problems.add("an entry has no id");
        } else if (blank(n.fi()) || blank(n.sv()) || blank(n.en())) {
            problems.add(n.id() + " needs a name in fi, sv and en");
        }
    }

    private static void unique(String what, Stream<String> ids, List<String> problems) {
        Set<String> seen = new HashSet<>();
        ids.filter(id -> id != null && !seen.add(id)).forEach(id -> problems.add("duplicate " + what + " id " + id));
    }

    private static void resolve(String where, String what, List<String> refs, Set<String> known, List<String> problems) {
        refs.stream().filter(r -> !known.contains(r))
                .forEach(r -> problems.add(where + " refers to unknown " + what + " '" + r + "'"));
    }

    private static boolean incomplete(Catalogue.Text text) {
        return text == null || blank(text.fi()) || blank(text.sv()) || blank(text.en());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
