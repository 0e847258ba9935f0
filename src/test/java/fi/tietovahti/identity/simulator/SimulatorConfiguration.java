package fi.tietovahti.identity.simulator;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Adds the e-signature simulator to the local run and the test context. */
@TestConfiguration(proxyBeanMethods = false)
@Import(SignatureSimulator.class)
public class SimulatorConfiguration {
}
