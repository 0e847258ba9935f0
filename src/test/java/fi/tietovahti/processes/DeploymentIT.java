package fi.tietovahti.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fi.tietovahti.testsupport.TietovahtiTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/ and forms/ are deployed at start-up, and a user task finds its Camunda Form. */
@TietovahtiTest
class DeploymentIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @Test
    void formsAreDeployedBesideTheProcesses() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(TriageProcess.KEY).latestVersion()
                .singleResult()).isNotNull();
        var deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey(TriageProcess.KEY).latestVersion()
                .singleResult().getDeploymentId();
        assertThat(repository.getDeploymentResourceNames(deploymentId))
                .anyMatch(n -> n.endsWith("triage-review.form")).anyMatch(n -> n.endsWith("triage-start.form"));
    }

    @Test
    void theTriageTaskFindsItsFormAndTheHandlerResolvesTheMatter() throws Exception {
        ProcessInstance instance = runtime.startProcessInstanceByKey(TriageProcess.KEY, "TV-2026-000001",
                Map.of("subject", "Epäselvä viesti", "summary", "Liitteenä skannattu PDF", "channel", "email"));
        assertThat(instance).isWaitingAt(TriageProcess.Element.REVIEW_MATTER);
        assertThat(task()).hasCandidateGroup("privacy-handlers");
        Task task = task();
        assertThat(task.getDueDate()).isNotNull();

        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"id\": \"triage-review\"");
        }
        try (InputStream form = forms.getDeployedStartForm(instance.getProcessDefinitionId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"triage-start\"");
        }

        tasks.complete(task.getId(), Map.of("resolution", "closed", "resolutionNote", "Ei tietosuojapyyntö"));
        assertThat(instance).isEnded();
    }
}
