package fi.tietovahti.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at the shared embedded PostgreSQL and GreenMail. */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail mail = TestInfrastructure.greenMail();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure", Map.of(
                "spring.datasource.url", TestInfrastructure.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "tietovahti.mail.smtp.host", "127.0.0.1",
                "tietovahti.mail.smtp.port", mail.getSmtp().getPort(),
                "tietovahti.mail.smtp.transport", "SMTP",
                "tietovahti.mail.imap.host", "127.0.0.1",
                "tietovahti.mail.imap.port", mail.getImap().getPort(),
                "tietovahti.mail.imap.protocol", "imap")));
    }
}
