package fi.tietovahti;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TietovahtiApplication {

    /** The zone of every legal date; the engine's date expressions (due dates, timers) use the JVM's zone. */
    public static final String DEFAULT_TIME_ZONE = "Europe/Helsinki";

    public static void main(String[] args) {
        String zone = System.getenv().getOrDefault("TIETOVAHTI_TIME_ZONE", DEFAULT_TIME_ZONE);
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        SpringApplication.run(TietovahtiApplication.class, args);
    }
}
