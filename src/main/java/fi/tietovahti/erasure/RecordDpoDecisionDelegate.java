package fi.tietovahti.erasure;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task RecordDpoDecision: the DPO approved or refused releasing the categories the law would keep. */
@Component("recordDpoDecision")
class RecordDpoDecisionDelegate implements JavaDelegate {

    private final ErasureRequests requests;

    RecordDpoDecisionDelegate(ErasureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // Tasklist's radio submits "true" or "false"; the REST API may send a boolean
        String approved = String.valueOf(execution.getVariable("releaseApproved"));
        if (!approved.equals("true") && !approved.equals("false")) {
            throw new ErasureRequests.InvalidReview("approve or refuse the release of the held categories");
        }
        requests.dpoDecision(execution.getProcessBusinessKey(), Boolean.parseBoolean(approved),
                Authenticated.userId(execution));
    }
}
