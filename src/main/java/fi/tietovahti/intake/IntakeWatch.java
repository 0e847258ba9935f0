package fi.tietovahti.intake;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;

/**
 * The intake's failures as Cockpit incidents (process {@code intake-watch}): the DPO watches Cockpit, not the health
 * endpoint. One incident stands for one outage; the first check after recovery retries the failed checks, which
 * then succeed and close their incidents.
 */
@Service
public class IntakeWatch {

    public static final String PROCESS = "intake-watch";

    /** The intake is failing; the message is the incident's, so it names servers and folders, never a person. */
    public static class IntakeFailing extends RuntimeException {
        IntakeFailing(String message) {
            super(message);
        }
    }

    private final MailboxHealth mailbox;
    private final RequestClassifier classifier;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final java.time.Clock clock;

    IntakeWatch(MailboxHealth mailbox, RequestClassifier classifier, RuntimeService runtime,
                ManagementService management, java.time.Clock clock) {
        this.clock = clock;
        this.mailbox = mailbox;
        this.classifier = classifier;
        this.runtime = runtime;
        this.management = management;
    }

    /** Throws {@link IntakeFailing} when the intake cannot work, unless an incident already says so. */
    public void check() {
        String problem = problem();
        if (problem == null) {
            for (Job failed : management.createJobQuery().processDefinitionKey(PROCESS).noRetriesLeft().list()) {
                // now, not after the failed check's retry wait: the incident should close with this check
                management.setJobRetries(failed.getId(), 1);
                management.setJobDuedate(failed.getId(), java.util.Date.from(clock.instant()));
            }
            return;
        }
        if (runtime.createIncidentQuery().processDefinitionKeyIn(PROCESS).count() == 0) {
            throw new IntakeFailing(problem);
        }
    }

    /** What stops the intake now, or null. */
    public String problem() {
        String mail = mailbox.problem();
        if (mail != null) {
            return mail;
        }
        String vocabulary = classifier.vocabularyProblem();
        return vocabulary == null ? null
                : "the DPO's changed request vocabulary is not in use (the last good one is): " + vocabulary;
    }
}
