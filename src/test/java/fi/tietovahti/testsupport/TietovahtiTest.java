package fi.tietovahti.testsupport;

import fi.tietovahti.demo.DemoDataConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context of the test suite: the whole application on a random port, on the shared embedded
 * PostgreSQL and GreenMail, with the demo data loaded once. Every integration test uses exactly this annotation
 * and nothing that changes the context, so Spring builds the context once for the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@Import(DemoDataConfiguration.class)
public @interface TietovahtiTest {
}
