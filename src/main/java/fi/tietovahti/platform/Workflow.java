package fi.tietovahti.platform;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The process engine as the modules use it: start a process, hand it a message, move the due dates of a case's
 * tasks, show and close an incident. Modules call this port, never the engine's services or internals, so that what
 * they ask of the engine is written down in one place ({@link CamundaWorkflow} is the engine's side). Delegates and
 * listeners, which the engine calls, keep their {@code DelegateExecution}.
 */
public interface Workflow {

    /** A started process instance and its business key (a case number, a mail's key). */
    record Started(String processInstanceId, String businessKey) {
    }

    /** Starts the process with the caller's authorisation. */
    Started start(String processKey, String businessKey, Map<String, Object> variables);

    /**
     * Starts the process for the controller, not for the user whose action led here (a collector may not start
     * privacy processes); the caller's authentication is restored afterwards.
     */
    Started startAsController(String processKey, String businessKey, Map<String, Object> variables);

    /** Starts the process whose start event takes this message (no search among running instances). */
    Started startByMessage(String message, Map<String, Object> variables);

    /**
     * Hands the message to every instance of the case waiting for it; {@code local} variables go to the waiting
     * execution only. Returns the process instances that took it: none when the case waits for no such message.
     */
    List<String> correlateAll(String message, String businessKey, Map<String, Object> local,
                              Map<String, Object> variables);

    /**
     * The same for an event the system received, not a user's action on the case (a payment from the bank feed, the
     * collection partner's report): the controller delivers it, whatever the rights of the user whose call carried it.
     */
    List<String> correlateAllAsController(String message, String businessKey, Map<String, Object> variables);

    /** Hands the message to the one instance waiting for it whose variable has this value; empty when none does. */
    Optional<String> correlateOne(String message, String variable, Object value, Map<String, Object> variables);

    /**
     * Tasks of the case whose due date is {@code before} get {@code after} (an extended deadline), whatever the
     * authorisation of the user who extended it: the extension itself was authorised.
     */
    void moveDueDates(String businessKey, Date before, Date after);

    /**
     * The other running instances of the case that hold these variables (a called right's process keeps copies of
     * the front's) get the new values, whatever the user's authorisation: the change itself was authorised.
     */
    void refreshCaseVariables(String businessKey, String exceptInstance, Map<String, Object> variables);

    /** An incident in Cockpit on the case's running process; null when the case has none running. */
    String raiseIncident(String businessKey, String type, String configuration, String message);

    /** Closes the incident if it still stands. */
    void resolveIncident(String incidentId);

    /** Does an incident stand on a process of this definition? */
    boolean hasIncident(String processKey);

    /** Jobs of this definition whose retries ran out get one more try, due now. */
    void retryFailedJobs(String processKey);

    /** A task the current user may see, and the business key (a case number) of its process; null when none. */
    record VisibleTask(String taskId, String businessKey) {
    }

    /** The task, when it exists and the current user may see it (the engine's task permissions). */
    Optional<VisibleTask> visibleTask(String taskId);

    /** One step of a case's processes, running or finished, from the engine's history (never personal data). */
    record HistoryStep(String processKey, String activityId, String activityName, String activityType,
                       String assignee, java.time.Instant started, java.time.Instant ended, boolean canceled) {
    }

    /**
     * Every named step of every process of the case (the front, the right it called, identity verification...),
     * running or finished, oldest first; the caller's history permissions apply. Gateways are left out.
     */
    List<HistoryStep> caseHistory(String businessKey);

    /** The values a variable has in the running instances of a definition, except one instance. */
    Set<Object> valuesInRunning(String processKey, String variable, String exceptInstance);
}
