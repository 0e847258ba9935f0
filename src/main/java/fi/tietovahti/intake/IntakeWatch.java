package fi.tietovahti.intake;

import fi.tietovahti.platform.Workflow;
import org.springframework.stereotype.Service;

/**
 * The intake's failures as Cockpit incidents (process {@code intake-watch}): the DPO watches Cockpit, not the health
 * endpoint. One incident stands for one outage; the first check after recovery retries the failed checks, which
 * then succeed and close their incidents.
 */
@Service
public class IntakeWatch {

    public static final String PROCESS = fi.tietovahti.processes.IntakeWatchProcess.KEY;

    /** The intake is failing; the message is the incident's, so it names servers and folders, never a person. */
    public static class IntakeFailing extends RuntimeException {
        IntakeFailing(String message) {
            super(message);
        }
    }

    private final MailboxHealth mailbox;
    private final RequestClassifier classifier;
    private final Workflow workflow;

    IntakeWatch(MailboxHealth mailbox, RequestClassifier classifier, Workflow workflow) {
        this.mailbox = mailbox;
        this.classifier = classifier;
        this.workflow = workflow;
    }

    /** Throws {@link IntakeFailing} when the intake cannot work, unless an incident already says so. */
    public void check() {
        String problem = problem();
        if (problem == null) {
            // now, not after the failed check's retry wait: the incident should close with this check
            workflow.retryFailedJobs(PROCESS);
            return;
        }
        if (!workflow.hasIncident(PROCESS)) {
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
