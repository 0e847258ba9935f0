package fi.tietovahti.request;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.processes.ObjectionRequestProcess;
import fi.tietovahti.processes.PrivacyRequestProcess;
import fi.tietovahti.testsupport.TestClock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The task permissions of issue 15, row by row through {@code /engine-rest} as Tasklist calls it: on a case that
 * waits both in a handler's task (the objection's weighing) and in the DPO's (deadline at risk), who may see,
 * claim, re-date, regroup, reassign, write variables of and complete which task. A refused action is 403 (reading
 * or updating a task the caller cannot see is 404, as if it did not exist), never 500, and leaves the task as it was.
 */
class TaskPermissionsIT extends RequestProcessTest {

    @Autowired
    TestRestTemplate rest;

    /** One case for the whole matrix: both tasks stay open (no row completes them). */
    private static String caseInstance;
    private static Map<String, Object> requester;

    @Override
    protected List<String> processesWalked() {
        return List.of();
    }

    @BeforeEach
    void caseWithAHandlersTaskAndADposTask() {
        if (caseInstance != null && driver.instance(caseInstance) != null) {
            return;
        }
        Map<String, Object> who = jdbc.queryForMap("""
                select p.first_name || ' ' || p.last_name as name, p.hetu from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3) order by p.id desc offset 29 limit 1""");
        requester = who;
        RequestDoors.Started started = driver.startAtTheDesk(doors, PrivacyCase.Type.OBJECTION,
                (String) who.get("name"), "permissions.matrix@example.com", (String) who.get("hetu"), "fi");
        caseInstance = started.processInstanceId();
        driver.fireTimer(caseInstance, PrivacyRequestProcess.Element.DEADLINE_AT_RISK_START);
    }

    private Task dpoTask() {
        return driver.task(caseInstance, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE);
    }

    private Task handlerTask() {
        return driver.task(caseInstance, ObjectionRequestProcess.Element.BALANCE_OBJECTION);
    }

    /** user, what, which task, expected status. Every row leaves both tasks as they were (checked after it). */
    static Stream<Arguments> rows() {
        return Stream.of(
                // the DPO's task: handlers and collectors cannot see it, let alone work on it
                Arguments.of("handler", "read", "dpo", 404),
                Arguments.of("handler", "read variables", "dpo", 403),
                Arguments.of("handler", "claim", "dpo", 403),
                Arguments.of("handler", "re-date", "dpo", 404),
                Arguments.of("handler", "drop candidate group", "dpo", 403),
                Arguments.of("handler", "add candidate group", "dpo", 403),
                Arguments.of("handler", "assign", "dpo", 403),
                Arguments.of("handler", "write variable", "dpo", 403),
                Arguments.of("handler", "complete with form", "dpo", 403),
                Arguments.of("handler", "complete", "dpo", 403),
                Arguments.of("collector", "read", "dpo", 404),
                Arguments.of("collector", "claim", "dpo", 403),
                Arguments.of("collector", "write variable", "dpo", 403),
                // the handler's own task: read and claim, but not re-date, regroup, reassign or write variables
                Arguments.of("handler", "read", "handler", 200),
                Arguments.of("handler", "read variables", "handler", 200),
                Arguments.of("handler", "claim", "handler", 204),
                Arguments.of("handler", "claim for someone else", "handler", 403),
                Arguments.of("handler", "re-date", "handler", 403),
                Arguments.of("handler", "drop candidate group", "handler", 403),
                Arguments.of("handler", "add candidate group", "handler", 403),
                Arguments.of("handler", "assign", "handler", 403),
                Arguments.of("handler", "write variable", "handler", 403),
                Arguments.of("handler", "write process variable", "handler", 403),
                Arguments.of("handler", "complete with a variable outside the form", "handler", 403),
                Arguments.of("handler", "complete with form fields and one more", "handler", 403),
                Arguments.of("collector", "read", "handler", 404),
                Arguments.of("collector", "claim", "handler", 403),
                // the DPO: works on its own task and oversees the handlers'
                Arguments.of("dpo", "read", "dpo", 200),
                Arguments.of("dpo", "claim", "dpo", 204),
                Arguments.of("dpo", "re-date", "dpo", 204),
                Arguments.of("dpo", "claim for someone else", "handler", 204),
                Arguments.of("dpo", "read", "handler", 200),
                Arguments.of("dpo", "read variables", "handler", 200));
    }

    @ParameterizedTest(name = "{0}: {1} on the {2}'s task -> {3}")
    @MethodSource("rows")
    @Order(1)
    void theRoleMatrix(String user, String action, String whose, int expected) {
        Task task = "dpo".equals(whose) ? dpoTask() : handlerTask();
        Date dueBefore = task.getDueDate();
        List<String> groupsBefore = candidateGroups(task.getId());

        int status = call(user, action, task.getId());

        assertThat(status).as(user + " " + action).isEqualTo(expected);
        Task after = "dpo".equals(whose) ? dpoTask() : handlerTask();
        if (expected >= 400) {
            assertThat(after.getDueDate()).as("due date unchanged").isEqualTo(dueBefore);
            assertThat(after.getAssignee()).as("nobody took it").isEqualTo(task.getAssignee());
            assertThat(candidateGroups(after.getId())).as("groups unchanged").isEqualTo(groupsBefore);
            assertThat(runtime.getVariable(after.getProcessInstanceId(), "forged")).isNull();
        }
        // leave the task as the next row expects it: unclaimed, on its deadline
        tasks.setAssignee(after.getId(), null);
        Task restored = tasks.createTaskQuery().taskId(after.getId()).singleResult();
        if (!java.util.Objects.equals(restored.getDueDate(), dueBefore)) {
            restored.setDueDate(dueBefore);
            tasks.saveTask(restored);
        }
    }

    @org.junit.jupiter.api.Test
    @Order(2)
    void theTaskListAndTheFiltersShowEachRoleOnlyItsTasks() {
        String dpo = dpoTask().getId();
        String handlers = handlerTask().getId();
        assertThat(taskIds("handler", "/engine-rest/task?maxResults=1000")).contains(handlers).doesNotContain(dpo);
        assertThat(taskIds("collector", "/engine-rest/task?maxResults=1000")).doesNotContain(handlers, dpo);
        assertThat(taskIds("dpo", "/engine-rest/task?maxResults=1000")).contains(handlers, dpo);
        for (Map<String, Object> filter : (List<Map<String, Object>>) rest.withBasicAuth("handler", "handler")
                .getForObject("/engine-rest/filter?resourceType=Task", List.class)) {
            assertThat(taskIds("handler", "/engine-rest/filter/" + filter.get("id") + "/list?maxResults=1000"))
                    .as((String) filter.get("name")).doesNotContain(dpo);
        }
    }

    /**
     * The second lock: should an administrator offer the DPO's task to the handlers too, a handler sees and may work
     * on it as far as the engine goes, but its completion is still refused (onlyTheDpo) and changes nothing.
     */
    @org.junit.jupiter.api.Test
    @Order(4)
    void aDposTaskOfferedToHandlersByMistakeIsStillTheDposToComplete() {
        Task decide = dpoTask();
        tasks.addCandidateGroup(decide.getId(), "privacy-handlers");
        try {
            assertThat(taskIds("handler", "/engine-rest/task?maxResults=1000")).contains(decide.getId());
            int status = call("handler", "complete with form", decide.getId());
            assertThat(status).as("refused with the reason, not as a server failure").isEqualTo(403);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.submit(caseInstance,
                    PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, "handler", List.of("privacy-handlers"),
                    Map.of("extend", "false"))).hasMessageContaining("only a member of dpo");
            assertThat(dpoTask().getId()).as("still open").isEqualTo(decide.getId());
        } finally {
            tasks.deleteCandidateGroup(decide.getId(), "privacy-handlers");
        }
    }

    /** Completing with exactly the form's fields works through the REST API (as Tasklist does): the last test. */
    @org.junit.jupiter.api.Test
    @Order(10)
    void theFormsFieldsCompleteTheTask() {
        String decide = dpoTask().getId();
        assertThat(send("dpo", HttpMethod.POST, "/engine-rest/task/" + decide + "/submit-form", Map.of("variables",
                Map.of("extend", Map.of("value", "false", "type", "String"))))).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(decide).count()).isZero();
    }

    /** What a task card shows (/api/tasks/{id}/case): for a task the caller may see, and nothing otherwise. */
    @org.junit.jupiter.api.Test
    @Order(3)
    void aTaskCardNamesItsCaseForThoseWhoMaySeeTheTask() {
        String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(caseInstance).singleResult()
                .getBusinessKey();
        org.springframework.http.ResponseEntity<Map> card = rest.withBasicAuth("handler", "handler")
                .getForEntity("/api/tasks/" + handlerTask().getId() + "/case", Map.class);
        assertThat(card.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> body = card.getBody();
        assertThat(body).containsEntry("caseNumber", caseNumber).containsEntry("caseType", "OBJECTION")
                .containsEntry("requesterName", requester.get("name")).containsEntry("closed", false);
        java.time.LocalDate deadline = java.time.LocalDate.parse((String) body.get("legalDeadline"));
        assertThat(((Number) body.get("daysLeft")).longValue())
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(TestClock.today(), deadline));
        assertThat(card.toString()).doesNotContain((String) requester.get("hetu"));

        assertThat(rest.withBasicAuth("handler", "handler").getForEntity("/api/tasks/" + dpoTask().getId() + "/case",
                String.class).getStatusCode().value()).as("the DPO's task is not the handler's to ask about")
                .isEqualTo(404);
        assertThat(rest.withBasicAuth("collector", "collector").getForEntity("/api/tasks/" + handlerTask().getId()
                + "/case", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(rest.withBasicAuth("dpo", "dpo").getForEntity("/api/tasks/" + dpoTask().getId() + "/case",
                Map.class).getBody()).containsEntry("caseNumber", caseNumber);
        assertThat(rest.getForEntity("/api/tasks/" + handlerTask().getId() + "/case", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    private List<String> taskIds(String user, String path) {
        List<Map<String, Object>> list = rest.withBasicAuth(user, user).getForObject(path, List.class);
        return list.stream().map(t -> (String) t.get("id")).toList();
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).sorted().toList();
    }

    private int call(String user, String action, String taskId) {
        String task = "/engine-rest/task/" + taskId;
        return switch (action) {
            case "read" -> send(user, HttpMethod.GET, task, null);
            case "read variables" -> send(user, HttpMethod.GET, task + "/form-variables", null);
            case "claim" -> send(user, HttpMethod.POST, task + "/claim", Map.of("userId", user));
            // a refused claim creates nothing; an allowed one would leave the other user a grant on the task, so the
            // DPO's row hands it to a handler, who may see it anyway
            case "claim for someone else" -> send(user, HttpMethod.POST, task + "/claim",
                    Map.of("userId", "handler".equals(user) ? "collector" : "handler"));
            case "re-date" -> send(user, HttpMethod.PUT, task, Map.of("name", "Myöhemmin / Later",
                    "due", "2099-01-01T00:00:00.000+0200"));
            case "drop candidate group" -> send(user, HttpMethod.POST, task + "/identity-links/delete",
                    Map.of("groupId", groupOf(taskId), "type", "candidate"));
            case "add candidate group" -> send(user, HttpMethod.POST, task + "/identity-links",
                    Map.of("groupId", "collections", "type", "candidate"));
            case "assign" -> send(user, HttpMethod.POST, task + "/assignee", Map.of("userId", "collector"));
            case "write variable" -> send(user, HttpMethod.POST, task + "/variables",
                    Map.of("modifications", Map.of("forged", Map.of("value", "x", "type", "String"))));
            case "write process variable" -> send(user, HttpMethod.POST, "/engine-rest/process-instance/"
                    + handlerTask().getProcessInstanceId() + "/variables",
                    Map.of("modifications", Map.of("forged", Map.of("value", "x", "type", "String"))));
            case "complete with form" -> send(user, HttpMethod.POST, task + "/submit-form", Map.of("variables",
                    Map.of("extend", Map.of("value", "false", "type", "String"))));
            case "complete" -> send(user, HttpMethod.POST, task + "/complete", Map.of());
            case "complete with a variable outside the form" -> send(user, HttpMethod.POST, task + "/complete",
                    Map.of("variables", Map.of("forged", Map.of("value", "x", "type", "String"))));
            case "complete with form fields and one more" -> send(user, HttpMethod.POST, task + "/submit-form",
                    Map.of("variables", Map.of(
                            "objectionTarget", Map.of("value", "SURVEYS", "type", "String"),
                            "objectionDecision", Map.of("value", "REFUSED", "type", "String"),
                            "sensitiveBalancing", Map.of("value", "x", "type", "String"),
                            "rightProcess", Map.of("value", fi.tietovahti.processes.ErasureRequestProcess.KEY, "type", "String"))));
            default -> throw new IllegalArgumentException(action);
        };
    }

    private String groupOf(String taskId) {
        return candidateGroups(taskId).get(0);
    }

    private int send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class)
                .getStatusCode().value();
    }
}
