package fi.tietovahti;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TietovahtiApplication {
    public static void main(String[] args) {
        SpringApplication.run(TietovahtiApplication.class, args);
    }
}
