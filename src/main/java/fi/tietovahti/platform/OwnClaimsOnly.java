package fi.tietovahti.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A staff member takes a task for themselves only (ADR 18). TASK_WORK lets a member of the task's group claim it,
 * and the engine's claim accepts any user id: a handler could claim a task "for" a collector, who would then see
 * and work on a privacy case. Every user task of every model gets this assignment listener: an assignee other than
 * the logged-in user is refused (403 through the REST API) unless the caller is in a group that assigns work
 * ({@link TaskAssigners}, named by the security module: the DPO, administrators). The engine acting by itself (no
 * logged-in user) is not checked.
 */
@Component
class OwnClaimsOnly extends AbstractProcessEnginePlugin {

    private final java.util.Set<String> assigners;
    private final TaskListener guard = this::check;

    OwnClaimsOnly(TaskAssigners assigners) {
        this.assigners = java.util.Set.copyOf(assigners.groups());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, guard);
            }
        });
    }

    void check(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String assignee = task.getAssignee();
        if (user == null || user.getUserId() == null || assignee == null || assignee.equals(user.getUserId())) {
            return;
        }
        if (user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(assigners::contains)) {
            return;
        }
        throw new AuthorizationException("'" + user.getUserId() + "' may take task '" + task.getName()
                + "' only for themselves; the DPO or an administrator assigns work to others");
    }
}
