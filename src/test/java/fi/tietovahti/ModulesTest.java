package fi.tietovahti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules as Spring Modulith sees them (top-level packages of {@code fi.tietovahti}; a sub-package is internal
 * unless it is a named interface, as {@code registers.tenancy} is): they keep their boundaries, the README's module
 * table names exactly the dependencies the code has, and docs/modules.md (the diagram and table) is what the code
 * draws today. After a change of dependencies: run with {@code -Dmodules.write=true} to rewrite docs/modules.md,
 * then correct the README's table by hand (it says what each module holds, which no tool knows).
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TietovahtiApplication.class);
    private static final Path DOC = Path.of("docs/modules.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.<>]+)` \\|.*\\| ([^|]+) \\|$");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theReadmeTableNamesTheDependenciesTheCodeHas() throws IOException {
        Map<String, Set<String>> readme = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("### ")) {
                inTable = line.startsWith("### Modules");
            }
            Matcher m = ROW.matcher(line.strip());
            if (!inTable) {
                continue;
            }
            if (m.matches() && !m.group(1).contains("<")) {
                Set<String> names = new TreeSet<>();
                Matcher dep = Pattern.compile("`([a-z.]+)`").matcher(m.group(2));
                while (dep.find()) {
                    names.add(dep.group(1));
                }
                readme.put(m.group(1), names);
            }
        }
        assertThat(readme).as("README's module table, as read").isNotEmpty();
        Map<String, Set<String>> code = dependencies();
        assertThat(readme.keySet()).as("modules in the README's table").isEqualTo(code.keySet());
        StringBuilder drift = new StringBuilder();
        code.forEach((module, deps) -> {
            if (!deps.equals(readme.get(module))) {
                drift.append(module).append(": code ").append(deps).append(", README ").append(readme.get(module))
                        .append('\n');
            }
        });
        assertThat(drift.toString()).as("README module table vs the code").isEmpty();
    }

    @Test
    void docsModulesIsWhatTheCodeDrawsToday() throws IOException {
        String drawn = draw(dependencies());
        if (Boolean.getBoolean("modules.write")) {
            Files.writeString(DOC, drawn, StandardCharsets.UTF_8);
            // Modulith's own documentation (PlantUML diagrams, module canvases) for whoever wants more
            new Documenter(MODULES, "target/spring-modulith-docs").writeDocumentation();
        }
        assertThat(Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "")
                .as("docs/modules.md is stale: run ModulesTest with -Dmodules.write=true").isEqualTo(drawn);
    }

    /**
     * A table is written by the module that owns it; other modules ask that module (CaseRegistry for the cases,
     * OutboundMail for the letters). Found in the SQL of src/main/java: INSERT, UPDATE and DELETE statements.
     */
    @Test
    void eachTableIsWrittenByOneModule() throws IOException {
        Pattern write = Pattern.compile("(?i)(insert\\s+into|update|delete\\s+from)\\s+tietovahti\\.([a-z_]+)");
        Map<String, Set<String>> writers = new TreeMap<>();
        Path root = Path.of("src/main/java/fi/tietovahti");
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = root.relativize(file).getName(0).toString();
                Matcher m = write.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    writers.computeIfAbsent(m.group(2), t -> new TreeSet<>()).add(module + " (" + file.getFileName()
                            + ")");
                }
            }
        }
        assertThat(writers).as("tables found").isNotEmpty();
        Map<String, Set<String>> shared = new TreeMap<>();
        writers.forEach((table, by) -> {
            if (by.stream().map(w -> w.substring(0, w.indexOf(' '))).distinct().count() > 1) {
                shared.put(table, by);
            }
        });
        assertThat(shared).as("tables written by more than one module").isEmpty();
    }

    /**
     * Reads: a module reads another module's table only through that module. The crossings that issue 14 found
     * are gone (the erasure plan's facts and the collection letter ask the registers and the cases); the list of
     * known crossings is empty and may only stay so. A table's owner is the module that writes it with SQL,
     * or that has its JPA entity (a class's name in snake case).
     */
    private static final Set<String> KNOWN_READS = Set.of();

    @Test
    void aTableIsReadByItsOwnerOrThroughIt() throws IOException {
        Pattern write = Pattern.compile("(?i)(insert\\s+into|update|delete\\s+from)\\s+tietovahti\\.([a-z_]+)");
        Pattern read = Pattern.compile("(?i)(from|join)\\s+tietovahti\\.([a-z_]+)");
        Pattern entity = Pattern.compile("@Entity[\\s\\S]*?\\bclass\\s+([A-Z][A-Za-z0-9]*)");
        Map<String, Set<String>> owners = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        Path root = Path.of("src/main/java/fi/tietovahti");
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(root.relativize(file).getName(0) + "/" + file.getFileName(),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        sources.forEach((key, text) -> {
            String module = key.substring(0, key.indexOf('/'));
            Matcher w = write.matcher(text);
            while (w.find()) {
                owners.computeIfAbsent(w.group(2), t -> new TreeSet<>()).add(module);
            }
            Matcher e = entity.matcher(text);
            if (e.find()) {
                owners.computeIfAbsent(e.group(1).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(),
                        t -> new TreeSet<>()).add(module);
            }
        });
        Set<String> crossings = new TreeSet<>();
        sources.forEach((key, text) -> {
            String module = key.substring(0, key.indexOf('/'));
            Matcher r = read.matcher(text);
            while (r.find()) {
                Set<String> owner = owners.get(r.group(2));
                if (owner != null && !owner.contains(module)) {
                    crossings.add(module + " -> " + r.group(2));
                }
            }
        });
        assertThat(owners).as("owners found").containsKeys("privacy_case", "mail_outbox", "tenancy");
        assertThat(crossings).as("a module reads another's table (add a method to the owner instead)")
                .isSubsetOf(KNOWN_READS);
        assertThat(KNOWN_READS).as("a known crossing that is gone: take it off the list").isSubsetOf(crossings);
    }

    /** Module name to the names of the modules it uses directly. */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> deps = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            deps.put(module.getName(), module.getDirectDependencies(MODULES).uniqueModules()
                    .map(ApplicationModule::getName).collect(Collectors.toCollection(TreeSet::new)));
        }
        return deps;
    }

    private static String draw(Map<String, Set<String>> deps) {
        StringBuilder md = new StringBuilder("""
                # Modules

                Drawn from the code by `ModulesTest` (Spring Modulith); do not edit by hand: run
                `./mvnw test -Dtest=ModulesTest -Dmodules.write=true`. What each module holds: README, "Modules".

                ```mermaid
                flowchart TD
                """);
        deps.forEach((module, uses) -> uses.forEach(used ->
                md.append("    ").append(module).append(" --> ").append(used).append('\n')));
        md.append("```\n\n| module | uses directly | used by |\n|---|---|---|\n");
        Map<String, Set<String>> usedBy = new LinkedHashMap<>();
        deps.keySet().forEach(m -> usedBy.put(m, new TreeSet<>()));
        deps.forEach((module, uses) -> uses.forEach(used -> usedBy.get(used).add(module)));
        deps.forEach((module, uses) -> md.append("| `").append(module).append("` | ").append(list(uses))
                .append(" | ").append(list(usedBy.get(module))).append(" |\n"));
        return md.toString();
    }

    private static String list(Set<String> names) {
        return names.isEmpty() ? "–" : String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }

}
