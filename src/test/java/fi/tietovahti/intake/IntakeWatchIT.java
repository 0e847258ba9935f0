package fi.tietovahti.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DPO sees a failing intake in Cockpit: the watch's check fails while the mailbox cannot be read, becomes one
 * incident with the reason after its retries (however many checks run meanwhile), and the incident closes by itself
 * once the mailbox is well again. The timer and the jobs are run here by hand (the suite's job executor is off).
 */
@TietovahtiTest
class IntakeWatchIT {

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    MailboxHealth mailbox;

    @AfterEach
    void mailboxWellAgain() {
        mailbox.read();
        mailbox.moved();
    }

    @Test
    void aFailingMailboxIsOneIncidentInCockpitUntilItRecovers() {
        assertThat(watchRuns()).as("healthy: the check ends quietly").isEmpty();
        assertThat(incidents()).isEmpty();

        mailbox.readFailed("AuthenticationFailedException: [AUTHENTICATIONFAILED] Authentication failed.");
        List<Job> failing = watchRuns();
        assertThat(failing).hasSize(1);
        String check = failing.get(0).getId();
        for (int run = 0; run < 5 && management.createJobQuery().jobId(check).singleResult().getRetries() > 0; run++) {
            try {
                management.executeJob(check);
            } catch (RuntimeException expected) {
                // each run fails while the mailbox cannot be read: the engine counts down the retries
            }
        }
        assertThat(incidents()).singleElement().satisfies(i -> assertThat(i.getIncidentMessage())
                .contains("the mailbox cannot be read").contains("AUTHENTICATIONFAILED"));

        // later checks while it stands add nothing
        assertThat(watchRuns()).isEmpty();
        assertThat(incidents()).hasSize(1);

        // well again: the next check retries the failed one, which succeeds and closes the incident
        mailbox.read();
        watchRuns();
        assertThat(incidents()).as("the failed check is being retried").isEmpty();
        management.createJobQuery().processDefinitionKey(IntakeWatch.PROCESS).executable().list()
                .forEach(j -> management.executeJob(j.getId()));
        assertThat(incidents()).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IntakeWatch.PROCESS).count()).isZero();
    }

    /** Fires the watch's timer once and runs the check it starts; returns the check's job if it failed. */
    private List<Job> watchRuns() {
        Job timer = management.createJobQuery().processDefinitionKey(IntakeWatch.PROCESS).timers().singleResult();
        assertThat(timer).as("the watch's timer is scheduled").isNotNull();
        management.executeJob(timer.getId());
        for (Job check : management.createJobQuery().processDefinitionKey(IntakeWatch.PROCESS).messages()
                .executable().list()) {
            try {
                management.executeJob(check.getId());
            } catch (IntakeWatch.IntakeFailing | org.camunda.bpm.engine.ProcessEngineException e) {
                // the failing check stays as a job with its retries counted down
            }
        }
        return management.createJobQuery().processDefinitionKey(IntakeWatch.PROCESS).messages().withException()
                .list().stream().filter(j -> j.getRetries() > 0).toList();
    }

    private List<Incident> incidents() {
        return runtime.createIncidentQuery().processDefinitionKeyIn(IntakeWatch.PROCESS).list();
    }
}
