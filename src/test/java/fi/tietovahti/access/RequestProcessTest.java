package fi.tietovahti.access;

import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.testsupport.TietovahtiTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every test of a right's process shares: the engine's services, the doors, the cases, a driver that runs the
 * jobs and completes tasks as a user, and the check after each test that no {@code sensitive*} form field reached
 * the engine's history.
 */
@TietovahtiTest
public abstract class RequestProcessTest {

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
    protected AccessRequestDoors doors;
    @Autowired
    protected CaseRegistry cases;
    @Autowired
    protected JdbcTemplate jdbc;

    protected AccessRequestDriver driver;

    @BeforeEach
    void createDriver() {
        driver = new AccessRequestDriver(runtime, management, tasks, identityService, forms, history);
    }

    @AfterEach
    void nothingSensitiveInHistory() {
        identityService.clearAuthentication();
        AccessRequestDriver.assertNoSensitiveHistory(jdbc);
    }
}
