package fi.tietovahti.request;

import fi.tietovahti.cases.CaseRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "read the requester's message" as a withdrawal after the request has been carried out (data erased,
 * corrected, restricted, an objection decided) is refused: the withdrawal would close the case without its answer,
 * its Art. 19 notices, or the restriction's life. The requester is answered instead, and may ask anew (to lift a
 * restriction, for instance). The right's own process records on the case when it carried the request out; cases
 * started on the six models before the front was modelled once (issue 14) still say it in the variable
 * {@code carriedOut}.
 */
@Component("refuseLateWithdrawal")
class RefuseLateWithdrawalListener implements TaskListener {

    /** The variable of the models before privacy-request; read for their running instances only. */
    static final String LEGACY_CARRIED_OUT = "carriedOut";

    private final CaseRegistry cases;

    RefuseLateWithdrawalListener(CaseRegistry cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        if (RequesterMessageAction.WITHDRAWN.name().equals(task.getVariable(RequesterMessageAction.VARIABLE))
                && (Boolean.TRUE.equals(task.getVariable(LEGACY_CARRIED_OUT))
                    || cases.carriedOut(task.getExecution().getProcessBusinessKey()))) {
            throw new IllegalStateException("the request has been carried out and can no longer be withdrawn: "
                    + "mark the message read; the requester gets the answer and may make a new request");
        }
    }
}
