package fi.tietovahti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * How long an acquired job stays locked to the node that took it (ADR 13): after a crash, that is how long the dead
 * node's jobs wait. The value of application.yml must be the one the engine locks jobs for: a misspelt property
 * would be ignored silently and leave Camunda's five minutes.
 */
@TietovahtiTest
class JobLockTimeIT {

    /** ADR 13; change both together. */
    static final int ONE_MINUTE = 60_000;

    @Autowired
    ProcessEngine engine;

    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void theEnginesJobExecutorLocksJobsForTheConfiguredMinute() {
        assertThat(camunda.getJobExecution().getLockTimeInMillis()).isEqualTo(ONE_MINUTE);
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        // the engine's acquisition (AcquireJobsCmd) locks each job until now + this
        assertThat(jobs.getLockTimeInMillis()).isEqualTo(ONE_MINUTE);
    }

    @Test
    void theServicesJobExecutorIsBuiltWithTheSameLockTime() {
        // The service runs with job execution on: the starter then gives the engine an executor of its own, built by
        // this factory from the same properties (the test profile has job execution off, so there is none here).
        JobExecutor service = DefaultJobConfiguration.JobConfiguration.jobExecutor(new SyncTaskExecutor(), camunda);
        assertThat(service.getLockTimeInMillis()).isEqualTo(ONE_MINUTE);
    }
}
