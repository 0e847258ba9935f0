package fi.tietovahti.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed the task that led here: Tasklist and the REST API run completions as the logged-in user. The engine
 * hands the user out as an internal class; this is the one place that reads it.
 */
public final class Authenticated {

    private Authenticated() {
    }

    /** The user, who must be logged in (a decision the engine cannot make by itself). */
    public static String userId(DelegateExecution execution) {
        String user = userIdOrNull(execution);
        if (user == null) {
            throw new IllegalStateException("this decision must be made by a logged-in user, not by the engine");
        }
        return user;
    }

    /** The user, or null when the engine acts by itself (a timer, a job). */
    public static String userIdOrNull(ProcessEngineServicesAware context) {
        Authentication user = context.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }

    /** Is the logged-in user a member of the group? False when nobody is logged in. */
    public static boolean isMember(ProcessEngineServicesAware context, String group) {
        Authentication user = context.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user != null && user.getGroupIds() != null && user.getGroupIds().contains(group);
    }
}
