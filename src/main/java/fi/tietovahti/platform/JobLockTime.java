package fi.tietovahti.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's job executor, whichever it is, the lock time of {@code camunda.bpm.job-execution.lock-time-in-millis}
 * (ADR 13). The Spring Boot starter applies that property only to the executor it builds when job execution is on
 * (the service); where it is off (the test suite; the benchmarks start the engine's own executor) the engine's
 * default executor would lock jobs for Camunda's 5 minutes. One setting in application.yml, the same everywhere.
 */
@Component
class JobLockTime extends AbstractProcessEnginePlugin {

    private final Integer lockTimeInMillis;

    JobLockTime(CamundaBpmProperties camunda) {
        this.lockTimeInMillis = camunda.getJobExecution().getLockTimeInMillis();
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // after init: the engine makes its default executor there when the starter gave it none
        if (lockTimeInMillis != null && configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockTimeInMillis(lockTimeInMillis);
        }
    }
}
