package fi.tietovahti.request;

import fi.tietovahti.security.StaffGroups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The deadline decisions are the DPO's. The engine already keeps handlers away from the DPO's tasks (task
 * permissions follow the candidate group, TaskPermissionsIT); this listener is the second lock for a path that
 * skips them (code running without an authenticated user check, a group later added to the task by an
 * administrator): the completion fails with the reason and changes nothing.
 */
@Component("onlyTheDpo")
class OnlyTheDpoListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!fi.tietovahti.platform.Authenticated.isMember(task, StaffGroups.DPO)) {
            throw new org.camunda.bpm.engine.AuthorizationException("only a member of " + StaffGroups.DPO
                    + " can complete '" + task.getName() + "'");
        }
    }
}
