package fi.tietovahti.identity.simulator;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Adds the e-signature simulator and the collection partner's simulator to the local run and the test context. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SignatureSimulator.class, fi.tietovahti.collection.simulator.CollectionPartnerSimulator.class})
public class SimulatorConfiguration {
}
