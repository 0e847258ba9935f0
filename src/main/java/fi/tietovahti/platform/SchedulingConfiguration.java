package fi.tietovahti.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background sweeps (the outbox's retries, the mailbox poller). Off in the tests, which call them when they
 * decide, as they execute the engine's jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "tietovahti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
