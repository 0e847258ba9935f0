package fi.tietovahti.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The six rights' processes share their front (doors, registration, acknowledgement, identity, matching, the
 * deadline watch, the requester's replies, withdrawal, closing) as copies in six files (ADR 10) until one parent
 * process holds it (issue 14). Every element the six have in common must be configured alike: same kind, same
 * Camunda attributes, listeners, retries and event definitions. The differences a right needs are listed here, each
 * with its reason; any other one fails, so a fix made in one copy is made in all.
 */
class SharedFrontTest {

    private static final List<String> RIGHTS = List.of("subject-access-request", "erasure-request",
            "objection-request", "portability-request", "rectification-request", "restriction-request");
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** Element id to what may differ in it, and why. */
    private static final Map<String, Set<String>> MAY_DIFFER = Map.of(
            // each right's desk form asks for its own details (what to correct, what to object to)
            "DeskRequestReceived", Set.of("camunda:formRef"),
            // each right has its own start message, which the mail intake correlates for its type
            "EmailRequestReceived", Set.of("messageEventDefinition@messageRef"),
            // the case's type
            "RegisterRequest", Set.of("inputParameter:requestType"),
            // ADR 12: in the access request the next step (collecting the data) is not asynchronous itself, so the
            // handler's choice ends its transaction here; in the other rights the next step is a user task or
            // asynchronous already
            "RecordSubjectChoice", Set.of("camunda:asyncAfter", "failedJobRetryTimeCycle"));

    @Test
    void theRightsConfigureTheirSharedFrontAlike() throws Exception {
        Map<String, Map<String, Map<String, String>>> byRight = new LinkedHashMap<>();
        for (String right : RIGHTS) {
            byRight.put(right, elements(Path.of("processes", right + ".bpmn")));
        }
        Set<String> shared = new TreeSet<>(byRight.get(RIGHTS.get(0)).keySet());
        byRight.values().forEach(e -> shared.retainAll(e.keySet()));
        assertThat(shared).as("the shared front").contains("RegisterRequest", "SendAcknowledgement", "VerifyIdentity",
                "MatchSubject", "ChooseDataSubject", "RecordSubjectChoice", "DecideOnDeadline", "ReadRequesterMessage",
                "CloseWithdrawn", "CloseCase");

        List<String> drift = new ArrayList<>();
        for (String id : shared) {
            Map<String, String> first = byRight.get(RIGHTS.get(0)).get(id);
            Set<String> keys = new HashSet<>(first.keySet());
            byRight.values().forEach(e -> keys.addAll(e.get(id).keySet()));
            keys.removeAll(MAY_DIFFER.getOrDefault(id, Set.of()));
            for (String key : new TreeSet<>(keys)) {
                Map<String, String> values = new TreeMap<>();
                byRight.forEach((right, e) -> values.put(right, e.get(id).get(key)));
                if (new HashSet<>(values.values()).size() > 1) {
                    drift.add(id + " " + key + ": " + values);
                }
            }
        }
        assertThat(drift).as("the shared front differs between the rights").isEmpty();
    }

    /** Element id to its configuration: kind, Camunda attributes, extension elements, event definitions. */
    static Map<String, Map<String, String>> elements(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        Element process = first(root, "process");
        Map<String, Map<String, String>> elements = new TreeMap<>();
        collect(process, elements);
        return elements;
    }

    private static void collect(Element parent, Map<String, Map<String, String>> into) {
        for (Element e : children(parent)) {
            String kind = e.getLocalName();
            if (e.hasAttribute("id") && !kind.equals("sequenceFlow") && !kind.endsWith("EventDefinition")
                    && !kind.equals("extensionElements")) {
                Map<String, String> config = new TreeMap<>();
                config.put("kind", kind);
                for (int i = 0; i < e.getAttributes().getLength(); i++) {
                    Node a = e.getAttributes().item(i);
                    if (CAMUNDA.equals(a.getNamespaceURI())) {
                        config.put("camunda:" + a.getLocalName(), a.getNodeValue());
                    }
                }
                for (Element c : children(e)) {
                    if (c.getLocalName().equals("extensionElements")) {
                        extensions(c, config);
                    } else if (c.getLocalName().endsWith("EventDefinition")) {
                        for (int i = 0; i < c.getAttributes().getLength(); i++) {
                            Node a = c.getAttributes().item(i);
                            if (!a.getLocalName().equals("id")) {
                                config.put(c.getLocalName() + "@" + a.getLocalName(), a.getNodeValue());
                            }
                        }
                        config.merge(c.getLocalName(), c.getTextContent().strip(), (x, y) -> x + "|" + y);
                    } else if (c.getLocalName().equals("multiInstanceLoopCharacteristics")) {
                        config.put("multiInstance", c.getAttributes().toString());
                    }
                }
                into.put(e.getAttribute("id"), config);
            }
            collect(e, into);
        }
    }

    private static void extensions(Element extensionElements, Map<String, String> config) {
        for (Element x : descendants(extensionElements)) {
            String key = x.getLocalName();
            if (key.equals("inputParameter") || key.equals("outputParameter")) {
                config.put(key + ":" + x.getAttribute("name"), x.getTextContent().strip());
            } else if (key.equals("taskListener") || key.equals("executionListener")) {
                config.put(key + ":" + x.getAttribute("event") + ":" + x.getAttribute("delegateExpression"), "yes");
            } else if (!key.equals("inputOutput")) {
                config.put(key, x.getTextContent().strip());
            }
        }
    }

    private static Element first(Element parent, String localName) {
        return children(parent).stream().filter(c -> c.getLocalName().equals(localName)).findFirst().orElseThrow();
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    private static List<Element> descendants(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Element c : children(parent)) {
            list.add(c);
            list.addAll(descendants(c));
        }
        return list;
    }
}
