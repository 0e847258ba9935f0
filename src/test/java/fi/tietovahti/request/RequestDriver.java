package fi.tietovahti.request;

import fi.tietovahti.processes.VerifyIdentityProcess;

import fi.tietovahti.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
public record RequestDriver(RuntimeService runtime, ManagementService management, TaskService tasks,
                           IdentityService identityService, FormService forms,
                           org.camunda.bpm.engine.HistoryService history, java.util.Set<String> seen) {

    /** A driver that remembers nothing of the instances it drove. */
    public RequestDriver(RuntimeService runtime, ManagementService management, TaskService tasks,
                         IdentityService identityService, FormService forms,
                         org.camunda.bpm.engine.HistoryService history) {
        this(runtime, management, tasks, identityService, forms, history,
                java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    /**
     * The case's running instances: the front, the processes it called (verify-identity, the right's own) and what
     * the right started under the same case number (a restriction in force), with their called instances in turn.
     */
    public List<String> instanceIds(String processInstanceId) {
        seen.add(processInstanceId);
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(List.of(processInstanceId));
        ProcessInstance root = instance(processInstanceId);
        String businessKey = root != null ? root.getBusinessKey() : businessKeys.get(processInstanceId);
        if (root != null && businessKey != null) {
            businessKeys.put(processInstanceId, businessKey);
        }
        if (businessKey != null) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                    .forEach(p -> ids.add(p.getId()));
        }
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>(ids);
        while (!open.isEmpty()) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(open.pop()).list().forEach(p -> {
                if (ids.add(p.getId())) {
                    open.add(p.getId());
                }
            });
        }
        return new ArrayList<>(ids);
    }

    /** Every instance the case ever had (running or ended): the front, what it called and what its right started. */
    public List<String> historicInstanceIds(String processInstanceId) {
        var root = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (root == null || root.getBusinessKey() == null) {
            return List.of(processInstanceId);
        }
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(List.of(processInstanceId));
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(root.getBusinessKey()).list()
                .forEach(p -> ids.add(p.getId()));
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>(ids);
        while (!open.isEmpty()) {
            history.createHistoricProcessInstanceQuery().superProcessInstanceId(open.pop()).list().forEach(p -> {
                if (ids.add(p.getId())) {
                    open.add(p.getId());
                }
            });
        }
        return new ArrayList<>(ids);
    }

    /** A variable's value where the case holds it now: the front's, or the right's process's (which it called). */
    public Object variable(String processInstanceId, String name) {
        for (String id : instanceIds(processInstanceId)) {
            Object value = runtime.getVariable(id, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A variable's last value in the history of any of the case's instances (null when none had it). */
    public Object historicVariable(String processInstanceId, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(historicInstanceIds(processInstanceId)
                        .toArray(String[]::new)).variableName(name).list().stream()
                .map(org.camunda.bpm.engine.history.HistoricVariableInstance::getValue)
                .filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse(null);
    }

    /**
     * What the cases of these instances walked in the current version of a model: the ids of the activities reached
     * and of the sequence flows taken ({@link fi.tietovahti.testsupport.FlowsTaken}).
     */
    public Set<String> walked(java.util.Collection<String> processInstanceIds, String processKey,
                              org.camunda.bpm.engine.RepositoryService repository) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
                .singleResult().getId();
        Set<String> walked = new java.util.HashSet<>();
        for (String root : processInstanceIds) {
            for (String id : historicInstanceIds(root)) {
                var instance = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
                if (instance == null || !definition.equals(instance.getProcessDefinitionId())) {
                    continue;
                }
                history.createHistoricActivityInstanceQuery().processInstanceId(id).list()
                        .forEach(a -> walked.add(a.getActivityId()));
                walked.addAll(fi.tietovahti.testsupport.FlowsTaken.of(id));
            }
        }
        return walked;
    }

    /** Every flow node and sequence flow of the current version of a model. */
    public static java.util.List<String> elementsAndFlows(String processKey,
                                                          org.camunda.bpm.engine.RepositoryService repository) {
        var model = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId());
        java.util.List<String> ids = new ArrayList<>();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).forEach(n -> ids.add(n.getId()));
        // the flows out of an event-based gateway are never "taken": the gateway waits for their events, which are
        // elements themselves
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class).stream()
                .filter(f -> !(f.getSource() instanceof org.camunda.bpm.model.bpmn.instance.EventBasedGateway))
                .forEach(f -> ids.add(f.getId()));
        return ids;
    }

    /** How often an activity ran in any of the case's instances. */
    public long passed(String processInstanceId, String activityId) {
        return historicInstanceIds(processInstanceId).stream().mapToLong(id -> history
                .createHistoricActivityInstanceQuery().processInstanceId(id).activityId(activityId).count()).sum();
    }

    /** The case number of each front this driver has seen, for when the front has ended and its right goes on. */
    private static final Map<String, String> businessKeys = new java.util.concurrent.ConcurrentHashMap<>();

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
    public RequestDoors.Started startAtTheDesk(RequestDoors doors, fi.tietovahti.cases.PrivacyCase.Type type,
                                                      String name, String email, String identityCode, String language) {
        RequestDoors.Started started = doors.start(new PrivacyRequests.Registration(type, TestClock.now(),
                language, fi.tietovahti.cases.PrivacyCase.Channel.DESK, name, email, null, false), true);
        runJobs(started.processInstanceId());
        completeAsHandler(started.processInstanceId(), VerifyIdentityProcess.Element.RECORD_DESK_CHECK, Map.of("documentType", "ID_CARD",
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
