package fi.tietovahti.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every model in processes/ and forms/ keeps, checked without starting the engine: it opens in
 * Modeler and renders in Cockpit (diagram interchange), deploys on 7.24 (history time to live), its service
 * tasks are one delegate bean each named after the task, and every form it references exists.
 */
class ProcessModelRulesTest {

    static Stream<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".bpmn")).toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            return files.filter(p -> p.toString().endsWith(".form")).map(p -> {
                try {
                    JsonNode form = json.readTree(p.toFile());
                    assertThat(form.path("id").asText()).as(p + " id matches its file name")
                            .isEqualTo(p.getFileName().toString().replace(".form", ""));
                    assertThat(form.path("components").isArray()).as(p + " has components").isTrue();
                    return form.path("id").asText();
                } catch (IOException e) {
                    throw new IllegalStateException(p + " is not valid JSON", e);
                }
            }).collect(Collectors.toSet());
        }
    }

    /**
     * Camunda Forms' date field reads M/D/YYYY whatever the browser's language: a Finnish user's 5.11.2026 became
     * 11 May. Days are text fields in d.M.yyyy, read by FormDate (ADR 22).
     */
    @Test
    void noFormUsesTheDateFieldThatReadsAmericanDates() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                assertThat(json.readTree(p.toFile()).findValuesAsText("type")).as(p.toString())
                        .doesNotContain("datetime");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyProcessIsValidRenderableAndDeployable(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        assertThat(model.getModelElementsByType(BpmnDiagram.class)).as("diagram interchange").isNotEmpty();
        // Modeler and Cockpit draw the plane's element: a plane left naming another process (a copied file) draws
        // nothing the engine runs, though the engine deploys it
        Set<String> processes = new java.util.HashSet<>();
        model.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Collaboration.class)
                .forEach(c -> processes.add(c.getId()));
        for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
            String plane = diagram.getBpmnPlane().getAttributeValue("bpmnElement");
            assertThat(processes).as(file + ": the diagram's plane shows a process of the file").contains(plane);
        }
        Set<String> shown = new java.util.HashSet<>();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class)
                .forEach(shape -> shown.add(shape.getAttributeValue("bpmnElement")));
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).forEach(node ->
                assertThat(shown).as(file + ": " + node.getId() + " has a shape").contains(node.getId()));
        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " historyTimeToLive")
                    .isNotBlank();
            assertThat(process.isExecutable()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void serviceTasksAreOneDelegateBeanNamedAfterTheTask(Path file) {
        assertThat(delegateViolations(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
    }

    @Test
    void theDelegateRuleCatchesClassesExpressionsAndMisnamedBeans() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("rule-check").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("CollectData").camundaDelegateExpression("${collectData}")
                .serviceTask("SendLetter").camundaClass("fi.example.SendLetter")
                .serviceTask("RenderReport").camundaExpression("${reports.render(execution)}")
                .serviceTask("NotifyDpo").camundaDelegateExpression("${mailer}")
                .endEvent().done();
        assertThat(delegateViolations(model)).containsExactlyInAnyOrder("SendLetter", "RenderReport", "NotifyDpo");
    }

    /** Ids of service tasks that are not {@code delegateExpression="${taskIdWithLowerCaseInitial}"}. */
    static List<String> delegateViolations(BpmnModelInstance model) {
        return model.getModelElementsByType(ServiceTask.class).stream().filter(task -> {
            String expected = "${" + Character.toLowerCase(task.getId().charAt(0)) + task.getId().substring(1) + "}";
            return !expected.equals(task.getCamundaDelegateExpression()) || task.getCamundaClass() != null
                    || task.getCamundaExpression() != null;
        }).map(ServiceTask::getId).toList();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyReferencedFormExists(Path file) throws IOException {
        Set<String> forms = formIds();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Stream.concat(model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
                        model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
                .filter(ref -> ref != null)
                .forEach(ref -> assertThat(forms).as(file + " references form " + ref).contains(ref));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as(task.getId() + " has a Camunda Form").isNotBlank();
            assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " goes to a group").isNotBlank();
        }
    }

    /**
     * Tasklist offers a process for a manual start unless it says otherwise: only a process whose top-level none
     * start event has a form (a door staff open by hand) may be offered; internal processes (started by messages,
     * timers, call activities or the application) are not.
     */
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void onlyProcessesWithAStartFormAreStartableInTasklist(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
            boolean deskDoor = process.getChildElementsByType(StartEvent.class).stream()
                    .anyMatch(start -> start.getEventDefinitions().isEmpty() && start.getCamundaFormRef() != null);
            assertThat(process.isCamundaStartableInTasklist()).as(process.getId() + " startable in Tasklist")
                    .isEqualTo(deskDoor);
        }
    }

    static Stream<Path> dmnFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".dmn")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("dmnFiles")
    void everyDecisionIsValidRenderableAndDeployable(Path file) {
        org.camunda.bpm.model.dmn.DmnModelInstance model = org.camunda.bpm.model.dmn.Dmn.readModelFromFile(file.toFile());
        var decisions = model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class);
        assertThat(decisions).as(file + " has decisions").isNotEmpty();
        String xml = org.camunda.bpm.model.dmn.Dmn.convertToString(model);
        for (var decision : decisions) {
            assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId() + " history time to live")
                    .isNotBlank();
            assertThat(xml).as(decision.getId() + " has a shape in the diagram (DMNDI)")
                    .contains("dmnElementRef=\"" + decision.getId() + "\"");
        }
    }
}
