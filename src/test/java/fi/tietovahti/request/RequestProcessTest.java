package fi.tietovahti.request;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.testsupport.TietovahtiTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every test of a right's process shares: the engine's services, the doors, the cases, a driver that runs the
 * jobs and completes tasks as a user, and the check after each test that no {@code sensitive*} form field reached
 * the engine's history; and, after a class's tests, the check that they walked every element of the processes
 * the class is about (each branch of the right's model: a path no test takes fails here).
 */
@TietovahtiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class RequestProcessTest {

    /** Per test class, the instances its driver drove. */
    private static final Map<Class<?>, Set<String>> DRIVEN = new ConcurrentHashMap<>();

    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected IdentityService identityService;
    @Autowired
    protected FormService forms;
    @Autowired
    protected org.camunda.bpm.engine.HistoryService history;
    @Autowired
    protected RequestDoors doors;
    @Autowired
    protected CaseRegistry cases;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected RepositoryService repository;

    protected RequestDriver driver;

    @BeforeEach
    void createDriver() {
        driver = new RequestDriver(runtime, management, tasks, identityService, forms, history,
                DRIVEN.computeIfAbsent(getClass(), c -> ConcurrentHashMap.newKeySet()));
    }

    /** The process definitions (keys) whose every element this class's tests must reach, in their current version. */
    protected abstract List<String> processesWalked();

    /**
     * Runs after the class's other tests and looks at their instances only (run alone it has nothing to look at):
     * every element and every sequence flow of the walked models was passed, so no branch is left untried.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyBranchOfTheProcessesWasWalkedByTheTestsAbove() {
        Set<String> driven = DRIVEN.getOrDefault(getClass(), Set.of());
        for (String key : processesWalked()) {
            List<String> elements = RequestDriver.elementsAndFlows(key, repository);
            assertThat(elements).as(key).isNotEmpty();
            assertThat(driver.walked(driven, key, repository)).as("elements and flows of " + key + " the tests of "
                    + getClass().getSimpleName() + " walked").containsAll(elements);
        }
    }

    @AfterEach
    void nothingSensitiveInHistory() {
        identityService.clearAuthentication();
        RequestDriver.assertNoSensitiveHistory(jdbc);
    }
}
