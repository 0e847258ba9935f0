package fi.tietovahti.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;

/**
 * For benchmarks: the engine's own job executor with the pool and acquisition settings the service runs with. The
 * test profile switches job execution off, so the engine made a default executor that nobody started; a benchmark
 * sizes it as application.yml does and starts it, and the jobs then run exactly as in the service.
 */
public final class ConfiguredJobExecutor {

    private ConfiguredJobExecutor() {
    }

    public static JobExecutor of(ProcessEngine engine, CamundaBpmProperties camunda) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (!(executor instanceof DefaultJobExecutor jobs)) {
            throw new IllegalStateException("the engine's job executor is a " + executor.getClass().getName()
                    + ", not the DefaultJobExecutor a benchmark can size");
        }
        JobExecutionProperty settings = camunda.getJobExecution();
        jobs.setCorePoolSize(settings.getCorePoolSize());
        jobs.setMaxPoolSize(settings.getMaxPoolSize());
        jobs.setQueueSize(settings.getQueueCapacity());
        jobs.setMaxJobsPerAcquisition(maxJobsPerAcquisition(camunda));
        return jobs;
    }

    /** As configured, or the engine's default of 3. */
    public static int maxJobsPerAcquisition(CamundaBpmProperties camunda) {
        Integer n = camunda.getJobExecution().getMaxJobsPerAcquisition();
        return n == null ? 3 : n;
    }
}
