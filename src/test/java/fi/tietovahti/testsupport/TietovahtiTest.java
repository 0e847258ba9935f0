package fi.tietovahti.testsupport;

import fi.tietovahti.demo.DemoDataConfiguration;
import fi.tietovahti.identity.simulator.SimulatorConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context of the test suite: the whole application on a port chosen once per run
 * ({@link InfrastructureInitializer#PORT}), on the shared embedded
 * PostgreSQL and GreenMail, with the demo data loaded once for the reference day of {@link TestClock}, whose clock
 * the application and the engine run on. Every integration test uses exactly this annotation
 * and nothing that changes the context, so Spring builds the context once for the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@Import({TestClockConfiguration.class, DemoDataConfiguration.class, SimulatorConfiguration.class, FlowsTaken.class})
public @interface TietovahtiTest {
}
