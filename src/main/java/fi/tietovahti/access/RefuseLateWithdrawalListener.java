package fi.tietovahti.access;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "read the requester's message" as a withdrawal after the request has been carried out (data erased,
 * corrected, restricted, an objection decided) is refused: the withdrawal would close the case without its answer,
 * its Art. 19 notices, or the restriction's life. The requester is answered instead, and may ask anew (to lift a
 * restriction, for instance). The steps that cannot be undone set {@code carriedOut}.
 */
@Component("refuseLateWithdrawal")
class RefuseLateWithdrawalListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (RequesterMessageAction.WITHDRAWN.name().equals(task.getVariable(RequesterMessageAction.VARIABLE))
                && Boolean.TRUE.equals(task.getVariable("carriedOut"))) {
            throw new IllegalStateException("the request has been carried out and can no longer be withdrawn: "
                    + "mark the message read; the requester gets the answer and may make a new request");
        }
    }
}
