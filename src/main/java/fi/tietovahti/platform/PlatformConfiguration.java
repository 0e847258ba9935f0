package fi.tietovahti.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every module shares: the clock, in the controller's time zone (legal dates are Helsinki dates). */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock(@Value("${tietovahti.time-zone:Europe/Helsinki}") ZoneId zone) {
        return Clock.system(zone);
    }
}
