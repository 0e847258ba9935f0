package fi.tietovahti.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The vocabulary of every process lives in one place: per model in {@code processes/}, one class in
 * {@code fi.tietovahti.processes} with its key, element ids, messages and variable names, generated from the model
 * (its expressions, call mappings, forms and the "Variables:" its documentation lists). Java names elements,
 * messages and keys through these classes only, so a renamed or removed element no longer compiles instead of
 * failing at run time; and a delegate or listener reads and writes only variables its models name.
 * After changing a model: {@code ./mvnw test -Dtest=ProcessVocabularyTest -Dvocabulary.write=true}.
 */
class ProcessVocabularyTest {

    private static final Path MODELS = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Path OUT = Path.of("src/main/java/fi/tietovahti/processes");
    private static final Path MAIN = Path.of("src/main/java/fi/tietovahti");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "serviceTask", "userTask", "scriptTask", "sendTask",
            "receiveTask", "businessRuleTask", "callActivity", "subProcess", "exclusiveGateway", "parallelGateway",
            "inclusiveGateway", "eventBasedGateway", "task", "manualTask");
    /** Words of the expression language and the engine's own objects: never variables. */
    private static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "and", "or", "not", "eq", "ne",
            "lt", "gt", "le", "ge", "empty", "div", "mod", "instanceof", "execution", "task", "dateTime", "now",
            "authenticatedUserId", "all");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'\"])([a-zA-Z_][\\w]*)(?![\\w'\"])");
    private static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\('([^']+)'\\)");
    /** A variable read or written by name in Java. */
    static final Pattern JAVA_VARIABLE = Pattern.compile(
            "(?:get|set|remove)Variable(?:Local)?\\(\\s*\"([^\"]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([A-Za-z][\\w-]*)\"");

    /** What a model names. */
    record Vocabulary(String key, String file, SortedSet<String> elements, SortedSet<String> messages,
                      SortedSet<String> variables, SortedSet<String> beans) {

        String className() {
            StringBuilder name = new StringBuilder();
            for (String part : key.split("-")) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            return name + "Process";
        }
    }

    static List<Vocabulary> models() {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().map(ProcessVocabularyTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            Element process = (Element) root.getElementsByTagNameNS(BPMN, "process").item(0);
            SortedSet<String> elements = new TreeSet<>();
            SortedSet<String> messages = new TreeSet<>();
            SortedSet<String> variables = new TreeSet<>();
            SortedSet<String> beans = new TreeSet<>();
            NodeList all = root.getElementsByTagNameNS("*", "*");
            List<String> expressions = new ArrayList<>();
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String ns = e.getNamespaceURI();
                String tag = e.getLocalName();
                if (BPMN.equals(ns) && FLOW_NODES.contains(tag)) {
                    elements.add(e.getAttribute("id"));
                }
                if (BPMN.equals(ns) && tag.equals("message")) {
                    messages.add(e.getAttribute("name"));
                }
                for (int a = 0; a < e.getAttributes().getLength(); a++) {
                    Node attribute = e.getAttributes().item(a);
                    String value = attribute.getNodeValue();
                    if (CAMUNDA.equals(attribute.getNamespaceURI()) && attribute.getLocalName().equals("initiator")) {
                        variables.add(value);
                    }
                    if (value.contains("${") || value.contains("#{")) {
                        boolean bean = attribute.getLocalName().equals("delegateExpression");
                        for (Matcher m = EXPRESSION.matcher(value); m.find(); ) {
                            if (bean) {
                                beans.add(m.group(1).strip());
                            } else {
                                expressions.add(m.group(1));
                            }
                        }
                    }
                }
                if (CAMUNDA.equals(ns) && (tag.equals("in") || tag.equals("out"))) {
                    for (String a : List.of("source", "target")) {
                        if (!e.getAttribute(a).isEmpty()) {
                            variables.add(e.getAttribute(a));
                        }
                    }
                }
                if (CAMUNDA.equals(ns) && (tag.equals("inputParameter") || tag.equals("outputParameter"))) {
                    variables.add(e.getAttribute("name"));
                }
                if (e.getFirstChild() != null && e.getChildNodes().getLength() == 1
                        && e.getFirstChild().getNodeType() == Node.TEXT_NODE && !tag.equals("documentation")) {
                    for (Matcher m = EXPRESSION.matcher(e.getTextContent()); m.find(); ) {
                        expressions.add(m.group(1));
                    }
                }
                String form = e.getAttributeNS(CAMUNDA, "formRef");
                if (!form.isEmpty()) {
                    variables.addAll(formVariables(FORMS.resolve(form + ".form")));
                }
            }
            for (String expression : expressions) {
                for (Matcher m = GET_VARIABLE.matcher(expression); m.find(); ) {
                    variables.add(m.group(1));
                }
                String code = expression.replaceAll("'[^']*'", "''");
                for (Matcher m = IDENTIFIER.matcher(code); m.find(); ) {
                    String name = m.group(1);
                    String after = code.substring(m.end()).stripLeading();
                    if (after.startsWith(".")) {
                        beans.add(name); // a bean's property or method: ${identityTimers.reminderAfter}
                    } else if (!after.startsWith("(") && !NOT_VARIABLES.contains(name)) {
                        variables.add(name);
                    }
                }
            }
            variables.addAll(documented(process));
            variables.removeAll(beans);
            return new Vocabulary(process.getAttribute("id"), file.getFileName().toString(), elements, messages,
                    variables, beans);
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The process's documentation lists what it keeps: "Variables: a, b (what it is), c." */
    static Set<String> documented(Element process) {
        Set<String> names = new TreeSet<>();
        NodeList docs = process.getElementsByTagNameNS(BPMN, "documentation");
        if (docs.getLength() == 0 || docs.item(0).getParentNode() != process) {
            return names;
        }
        String text = docs.item(0).getTextContent().replaceAll("\\s+", " ");
        int start = text.indexOf("Variables:");
        if (start < 0) {
            return names;
        }
        String list = text.substring(start + "Variables:".length());
        // the list ends with its sentence; parentheses may hold full stops of their own
        StringBuilder kept = new StringBuilder();
        int depth = 0;
        for (char c : list.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '.' && depth == 0) {
                break;
            }
            if (depth == 0 && c != ')') {
                kept.append(c);
            }
        }
        for (String item : kept.toString().split(",| and ")) {
            Matcher m = Pattern.compile("^\\s*([a-z][A-Za-z0-9]*)").matcher(item);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** What a form binds or shows: field keys, option lists, {{templates}} and the names in its =expressions. */
    static Set<String> formVariables(Path form) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.exists(form)) {
            return names; // ProcessModelRulesTest fails on a missing form
        }
        collect(new ObjectMapper().readTree(form.toFile()), names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (String field : List.of("key", "valuesKey")) {
                if (node.hasNonNull(field) && node.get(field).isTextual()) {
                    names.add(node.get(field).asText());
                }
            }
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isTextual()) {
                    String text = f.getValue().asText();
                    for (Matcher m = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)").matcher(text); m.find(); ) {
                        names.add(m.group(1));
                    }
                    if (text.startsWith("=")) {
                        for (Matcher m = IDENTIFIER.matcher(text.substring(1).replaceAll("\"[^\"]*\"", ""));
                             m.find(); ) {
                            if (!NOT_VARIABLES.contains(m.group(1))) {
                                names.add(m.group(1));
                            }
                        }
                    }
                } else {
                    collect(f.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, names));
        }
    }

    static String constant(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .toUpperCase(Locale.ROOT);
    }

    static String source(Vocabulary v) {
        StringBuilder s = new StringBuilder();
        s.append("package fi.tietovahti.processes;\n\n");
        s.append("/**\n * The vocabulary of {@code processes/").append(v.file()).append("}: its key, element ids, ")
                .append("messages and the variables\n * its expressions, call mappings and forms name or its ")
                .append("documentation lists. Generated from the model by\n * ProcessVocabularyTest; do not edit: ")
                .append("change the model, then run\n * {@code ./mvnw test -Dtest=ProcessVocabularyTest ")
                .append("-Dvocabulary.write=true}.\n */\n");
        s.append("public final class ").append(v.className()).append(" {\n\n");
        s.append("    public static final String KEY = \"").append(v.key()).append("\";\n\n");
        s.append("    private ").append(v.className()).append("() {\n    }\n");
        section(s, "Element", "Ids of the model's elements (tasks, events, gateways, sub-processes).", v.elements());
        section(s, "Message", "Names of the messages the model waits for.", v.messages());
        section(s, "Variable", "Names of the process variables the model and its forms use.", v.variables());
        s.append("}\n");
        return s.toString();
    }

    private static void section(StringBuilder s, String name, String doc, SortedSet<String> values) {
        if (values.isEmpty()) {
            return;
        }
        s.append("\n    /** ").append(doc).append(" */\n");
        s.append("    public static final class ").append(name).append(" {\n\n");
        for (String value : values) {
            s.append("        public static final String ").append(constant(value)).append(" = \"").append(value)
                    .append("\";\n");
        }
        s.append("\n        private ").append(name).append("() {\n        }\n    }\n");
    }

    @Test
    void everyModelHasItsVocabularyClassAsTheModelSaysIt() throws IOException {
        boolean write = Boolean.getBoolean("vocabulary.write");
        Set<String> expected = new TreeSet<>();
        List<String> stale = new ArrayList<>();
        for (Vocabulary v : models()) {
            Path file = OUT.resolve(v.className() + ".java");
            expected.add(file.getFileName().toString());
            String source = source(v);
            if (write) {
                Files.createDirectories(OUT);
                Files.writeString(file, source);
            } else if (!Files.exists(file) || !Files.readString(file).equals(source)) {
                stale.add(file.toString());
            }
        }
        assertThat(stale).as("vocabulary classes that differ from their models: run ProcessVocabularyTest with "
                + "-Dvocabulary.write=true").isEmpty();
        try (Stream<Path> files = Files.list(OUT)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("Process.java")))
                    .as("a vocabulary class without its model").containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /**
     * The catalogue's ids (registers, purposes, recipients): a register may share its name with a process
     * ("disturbance"), and naming the register is not naming the process.
     */
    private static final Set<String> CATALOGUE_IDS = catalogueIds();

    private static Set<String> catalogueIds() {
        try {
            Set<String> ids = new TreeSet<>();
            Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*- id: ([\\w-]+)\\s*$").matcher(
                    Files.readString(Path.of("src/main/resources/catalogue/catalogue.yml")));
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Java outside the vocabulary that names an element, a message or a process key as a string of its own. */
    static List<String> loneNames(Map<Path, String> sources, List<Vocabulary> models) {
        Set<String> names = new TreeSet<>();
        for (Vocabulary v : models) {
            names.add(v.key());
            names.addAll(v.elements());
            names.addAll(v.messages());
        }
        List<String> found = new ArrayList<>();
        sources.forEach((file, text) -> {
            if (file.startsWith(OUT)) {
                return;
            }
            for (Matcher m = JAVA_LITERAL.matcher(text); m.find(); ) {
                if (names.contains(m.group(1)) && !CATALOGUE_IDS.contains(m.group(1))) {
                    found.add(file + ": \"" + m.group(1) + "\"");
                }
            }
        });
        return found;
    }

    /**
     * Tests that may spell ids as strings: the cases on the models of before ADR 17 (their ids are in the old
     * files only), the rules' own tests on made-up models, and this test's samples of drift.
     */
    private static final Set<String> OWN_MODELS = Set.of("LegacyInstancesIT.java", "ProcessModelRulesTest.java",
            "ProcessVocabularyTest.java");

    @Test
    void javaNamesElementsMessagesAndKeysThroughTheVocabularyOnly() {
        assertThat(loneNames(mainSources(), models())).as("main").isEmpty();
        Map<Path, String> tests = sources(Path.of("src/test/java"));
        tests.keySet().removeIf(f -> OWN_MODELS.contains(f.getFileName().toString()));
        assertThat(loneNames(tests, models())).as("tests").isEmpty();
    }

    /** Variables a delegate or listener reads or writes by a name none of the models that call it has. */
    static List<String> unknownVariables(Map<Path, String> sources, List<Vocabulary> models) {
        Map<String, Set<String>> byBean = new HashMap<>();
        for (Vocabulary v : models) {
            for (String bean : v.beans()) {
                byBean.computeIfAbsent(bean, b -> new TreeSet<>()).addAll(v.variables());
            }
        }
        List<String> found = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher component = Pattern.compile("@Component\\(\"([^\"]+)\"\\)").matcher(text);
            if (!component.find() || !byBean.containsKey(component.group(1))) {
                return;
            }
            Set<String> known = byBean.get(component.group(1));
            for (Matcher m = JAVA_VARIABLE.matcher(text); m.find(); ) {
                if (!known.contains(m.group(1))) {
                    found.add(file + " (" + component.group(1) + "): \"" + m.group(1) + "\"");
                }
            }
        });
        return found;
    }

    @Test
    void delegatesAndListenersUseOnlyVariablesTheirModelsName() {
        assertThat(unknownVariables(mainSources(), models()))
                .as("variables not in the models that call the bean (add them to the model's documented "
                        + "\"Variables:\" if only Java uses them)").isEmpty();
    }

    @Test
    void theRulesCatchTheDriftsTheyAreFor() {
        List<Vocabulary> models = models();
        Map<Path, String> drifted = new TreeMap<>();
        // a delegate that completes a task by a literal id, and one that reads a misspelt variable
        drifted.put(MAIN.resolve("access/Drift.java"), "class Drift { String id = \"ReviewAndRedact\"; }");
        drifted.put(MAIN.resolve("request/MatchDrift.java"), "@Component(\"matchSubject\") class MatchDrift {"
                + " void x(DelegateExecution e) { e.setVariable(\"matchOutcom\", 1); e.getVariable(\"caseNumber\"); } }");
        assertThat(loneNames(drifted, models)).containsExactly(MAIN.resolve("access/Drift.java") + ": \"ReviewAndRedact\"");
        assertThat(unknownVariables(drifted, models)).singleElement().asString().contains("matchOutcom");
        // a model whose element a vocabulary class no longer has makes the class stale
        Vocabulary front = models.stream().filter(v -> v.key().equals(PrivacyRequestProcess.KEY)).findFirst()
                .orElseThrow();
        assertThat(front.elements()).contains(PrivacyRequestProcess.Element.CARRY_OUT_REQUEST);
        assertThat(source(front)).contains("CARRY_OUT_REQUEST = \"CarryOutRequest\"");
    }

    private static Map<Path, String> mainSources() {
        return sources(MAIN);
    }

    private static Map<Path, String> sources(Path root) {
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    sources.put(f, Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
