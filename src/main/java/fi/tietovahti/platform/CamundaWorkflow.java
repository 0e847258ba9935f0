package fi.tietovahti.platform;

import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** {@link Workflow} on the embedded Camunda 7 engine. */
@Component
class CamundaWorkflow implements Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final HistoryService history;
    private final Clock clock;

    CamundaWorkflow(RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
                    HistoryService history, Clock clock) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public Started start(String processKey, String businessKey, Map<String, Object> variables) {
        return started(runtime.createProcessInstanceByKey(processKey).businessKey(businessKey).setVariables(variables)
                .execute());
    }

    @Override
    public Started startAsController(String processKey, String businessKey, Map<String, Object> variables) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return start(processKey, businessKey, variables);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    @Override
    public Started startByMessage(String message, Map<String, Object> variables) {
        // only a start event can take it: correlateStartMessage skips the search among running instances for one
        // waiting on it, a query over every running execution that grows with the open cases
        return started(runtime.createMessageCorrelation(message).setVariables(variables).correlateStartMessage());
    }

    @Override
    public List<String> correlateAll(String message, String businessKey, Map<String, Object> local,
                                     Map<String, Object> variables) {
        return runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
                .setVariablesLocal(local).setVariables(variables).correlateAllWithResult().stream()
                .map(r -> r.getExecution() == null ? null : r.getExecution().getProcessInstanceId())
                .filter(Objects::nonNull).toList();
    }

    @Override
    public List<String> correlateAllAsController(String message, String businessKey, Map<String, Object> variables) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return correlateAll(message, businessKey, Map.of(), variables);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    @Override
    public Optional<String> correlateOne(String message, String variable, Object value,
                                         Map<String, Object> variables) {
        try {
            return Optional.of(runtime.createMessageCorrelation(message).processInstanceVariableEquals(variable, value)
                    .setVariables(variables).correlateWithResult().getExecution().getProcessInstanceId());
        } catch (MismatchingMessageCorrelationException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<VisibleTask> visibleTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult(); // the caller's task permissions apply
        if (task == null) {
            return Optional.empty();
        }
        if (task.getProcessInstanceId() == null) {
            return Optional.of(new VisibleTask(taskId, null));
        }
        // seeing a task is enough to know its case; staff who may not read process instances read this one key
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            return Optional.of(new VisibleTask(taskId, instance == null ? null : instance.getBusinessKey()));
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static final Set<String> NOT_STEPS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "multiInstanceBody");

    @Override
    public List<HistoryStep> caseHistory(String businessKey) {
        List<HistoryStep> steps = new java.util.ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list()) {
            // who completed a task: the user operation log (a task completed without being claimed has no assignee)
            Map<String, String> completedBy = new java.util.HashMap<>();
            history.createUserOperationLogQuery().processInstanceId(instance.getId())
                    .operationType(org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
                    .forEach(entry -> {
                        if (entry.getTaskId() != null && entry.getUserId() != null) {
                            completedBy.put(entry.getTaskId(), entry.getUserId());
                        }
                    });
            for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                    .orderPartiallyByOccurrence().asc().list()) {
                if (step.getActivityName() == null || NOT_STEPS.contains(step.getActivityType())) {
                    continue;
                }
                steps.add(new HistoryStep(instance.getProcessDefinitionKey(), step.getActivityId(),
                        step.getActivityName(), step.getActivityType(),
                        step.getTaskId() != null && completedBy.containsKey(step.getTaskId())
                                ? completedBy.get(step.getTaskId()) : step.getAssignee(),
                        step.getStartTime().toInstant(), step.getEndTime() == null ? null : step.getEndTime().toInstant(),
                        step.isCanceled()));
            }
        }
        steps.sort(java.util.Comparator.comparing(HistoryStep::started));
        return steps;
    }

    @Override
    public void moveDueDates(String businessKey, Date before, Date after) {
        withoutAuthorizationChecks(() -> {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
                if (task.getDueDate() != null && task.getDueDate().equals(before)) {
                    task.setDueDate(after);
                    tasks.saveTask(task);
                }
            }
        });
    }

    @Override
    public void refreshCaseVariables(String businessKey, String exceptInstance, Map<String, Object> variables) {
        withoutAuthorizationChecks(() -> {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .active().list()) {
                if (instance.getId().equals(exceptInstance)) {
                    continue;
                }
                Map<String, Object> held = runtime.getVariables(instance.getId(), variables.keySet());
                Map<String, Object> changed = new java.util.HashMap<>();
                variables.forEach((name, value) -> {
                    if (held.containsKey(name)) {
                        changed.put(name, value);
                    }
                });
                if (!changed.isEmpty()) {
                    runtime.setVariables(instance.getId(), changed);
                }
            }
        });
    }

    /**
     * Work that follows from a change the user was authorised to make (an extension moves the case's other tasks),
     * done inside the engine's current command with its checks off, and on again afterwards.
     */
    private static void withoutAuthorizationChecks(Runnable work) {
        CommandContext command = Context.getCommandContext();
        if (command != null) {
            command.disableAuthorizationCheck();
        }
        try {
            work.run();
        } finally {
            if (command != null) {
                command.enableAuthorizationCheck();
            }
        }
    }

    @Override
    public String raiseIncident(String businessKey, String type, String configuration, String message) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .active().list();
        if (instances.isEmpty()) {
            return null;
        }
        return runtime.createIncident(type, instances.get(0).getId(), configuration, message).getId();
    }

    @Override
    public void resolveIncident(String incidentId) {
        if (runtime.createIncidentQuery().incidentId(incidentId).count() > 0) {
            runtime.resolveIncident(incidentId);
        }
    }

    @Override
    public boolean hasIncident(String processKey) {
        return runtime.createIncidentQuery().processDefinitionKeyIn(processKey).count() > 0;
    }

    @Override
    public void retryFailedJobs(String processKey) {
        for (Job failed : management.createJobQuery().processDefinitionKey(processKey).noRetriesLeft().list()) {
            management.setJobRetries(failed.getId(), 1);
            management.setJobDuedate(failed.getId(), Date.from(clock.instant()));
        }
    }

    @Override
    public Set<Object> valuesInRunning(String processKey, String variable, String exceptInstance) {
        String[] others = runtime.createProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                .map(ProcessInstance::getId).filter(id -> !id.equals(exceptInstance)).toArray(String[]::new);
        Set<Object> values = new HashSet<>();
        if (others.length > 0) {
            runtime.createVariableInstanceQuery().variableName(variable).processInstanceIdIn(others).list()
                    .forEach(v -> values.add(v.getValue()));
        }
        return values;
    }

    private static Started started(ProcessInstance pi) {
        return new Started(pi.getId(), pi.getBusinessKey());
    }
}
