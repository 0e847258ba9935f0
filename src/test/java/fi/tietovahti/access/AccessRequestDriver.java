package fi.tietovahti.access;

import fi.tietovahti.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a subject-access request in a test as the job executor and the users would: runs the asynchronous steps
 * (never a timer unless asked), completes tasks as a logged-in user, and finds the letters in GreenMail.
 */
public record AccessRequestDriver(RuntimeService runtime, ManagementService management, TaskService tasks,
                           IdentityService identityService, FormService forms) {

    /** The process instance and its called verify-identity instances. */
    public List<String> instanceIds(String processInstanceId) {
        List<String> ids = new ArrayList<>(List.of(processInstanceId));
        runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                .forEach(p -> ids.add(p.getId()));
        return ids;
    }

    /** Executes due asynchronous continuations until none is left; timers stay unless {@link #fireTimer}. */
    public void runJobs(String processInstanceId) {
        runJobsExcept(processInstanceId, null);
    }

    /** The same, leaving the job waiting at {@code heldActivity} (null: none) for later. */
    public void runJobsExcept(String processInstanceId, String heldActivity) {
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = new ArrayList<>();
            for (String id : instanceIds(processInstanceId)) {
                java.util.Set<String> held = new java.util.HashSet<>();
                if (heldActivity != null) {
                    management.createJobQuery().processInstanceId(id).activityId(heldActivity).list()
                            .forEach(j -> held.add(j.getId()));
                }
                management.createJobQuery().processInstanceId(id).messages().executable().list().stream()
                        .filter(j -> !held.contains(j.getId())).forEach(jobs::add);
            }
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        throw new AssertionError("jobs kept coming for " + processInstanceId);
    }

    /** Fires the timer waiting at {@code activityId} (in the process or its called instances), then runs jobs. */
    public void fireTimer(String processInstanceId, String activityId) {
        Job timer = null;
        for (String id : instanceIds(processInstanceId)) {
            Job j = management.createJobQuery().processInstanceId(id).timers().activityId(activityId).singleResult();
            timer = j != null ? j : timer;
        }
        assertThat(timer).as("timer at " + activityId).isNotNull();
        management.executeJob(timer.getId());
        runJobs(processInstanceId);
    }

    public Task task(String processInstanceId, String taskKey) {
        for (String id : instanceIds(processInstanceId)) {
            Task t = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).singleResult();
            if (t != null) {
                return t;
            }
        }
        throw new AssertionError("no task " + taskKey + " in " + processInstanceId);
    }

    /** Submits the task's form as the user, as Tasklist does (submit-form), then runs the jobs it led to. */
    public void complete(String processInstanceId, String taskKey, String user, List<String> groups,
                  Map<String, Object> variables) {
        submit(processInstanceId, taskKey, user, groups, variables);
        runJobs(processInstanceId);
    }

    /** Submits the task's form as the user, as Tasklist does, and stops there: what the submit itself did. */
    public void submit(String processInstanceId, String taskKey, String user, List<String> groups,
                       Map<String, Object> variables) {
        Task task = task(processInstanceId, taskKey);
        identityService.setAuthentication(user, groups);
        try {
            forms.submitTaskForm(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void completeAsHandler(String processInstanceId, String taskKey, Map<String, Object> variables) {
        complete(processInstanceId, taskKey, "handler", List.of("privacy-handlers"), variables);
    }

    public void completeAsDpo(String processInstanceId, String taskKey, Map<String, Object> variables) {
        complete(processInstanceId, taskKey, "dpo", List.of("dpo"), variables);
    }

    public static String text(MimeMessage letter) throws Exception {
        return letter.getContent().toString();
    }

    public ProcessInstance instance(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    /**
     * A request of the type received at the service desk with the identity checked there: started through the
     * doors, acknowledged, and the desk check recorded with the name and identity code from the document.
     */
    public AccessRequestDoors.Started startAtTheDesk(AccessRequestDoors doors, fi.tietovahti.cases.PrivacyCase.Type type,
                                                      String name, String email, String identityCode, String language) {
        AccessRequestDoors.Started started = doors.start(new AccessRequests.Registration(type, TestClock.now(),
                language, fi.tietovahti.cases.PrivacyCase.Channel.DESK, name, email, null, false), true);
        runJobs(started.processInstanceId());
        completeAsHandler(started.processInstanceId(), "RecordDeskCheck", Map.of("documentType", "ID_CARD",
                "sensitiveDocumentName", name, "sensitiveIdentityCode", identityCode));
        return started;
    }

    /** No form field named sensitive* reached any history table (variables, or a submitted form's properties). */
    public static void assertNoSensitiveHistory(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("select (select count(*) from public.act_hi_detail where name_ like 'sensitive%')"
                + " + (select count(*) from public.act_hi_varinst where name_ like 'sensitive%')", Integer.class))
                .as("no sensitive form field in the engine's history").isZero();
    }
}
