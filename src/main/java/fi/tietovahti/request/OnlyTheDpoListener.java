package fi.tietovahti.request;

import fi.tietovahti.security.StaffGroups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The deadline decisions are the DPO's. Handlers may work on every task of the privacy processes (their engine
 * authorization is per process definition), so the DPO's tasks check the group themselves when completed: a
 * handler's completion fails with the reason and changes nothing.
 */
@Component("onlyTheDpo")
class OnlyTheDpoListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!fi.tietovahti.platform.Authenticated.isMember(task, StaffGroups.DPO)) {
            throw new IllegalStateException("only a member of " + StaffGroups.DPO + " can complete '" + task.getName() + "'");
        }
    }
}
