package fi.tietovahti.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed the task that led here: Tasklist and the REST API run completions as the logged-in user. */
public final class Authenticated {

    private Authenticated() {
    }

    public static String userId(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            throw new IllegalStateException("this decision must be made by a logged-in user, not by the engine");
        }
        return user.getUserId();
    }
}
