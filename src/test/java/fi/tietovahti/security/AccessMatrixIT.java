package fi.tietovahti.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Who reaches what: anonymous callers, each demo role, the webapps, the engine REST API and our own API. */
@TietovahtiTest
class AccessMatrixIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ResidentDirectory residents;
    @Autowired
    IdentityService identityService;

    @ParameterizedTest(name = "anonymous {0} -> 401")
    @CsvSource({"/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/user", "/api/catalogue",
            "/api/dpo/residents/1/personal-data"})
    void anonymousCallsAreRefused(String path) {
        assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * A wrong password makes the engine delay the user's next logins, so these tests use a user of their own and
     * leave the demo users alone.
     */
    private String userForWrongPasswords() {
        String id = "mistyper";
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword("right-password");
            identityService.saveUser(user);
            identityService.createMembership(id, StaffGroups.DPO);
        }
        return id;
    }

    @Test
    void aWrongPasswordIsRefused() {
        String user = userForWrongPasswords();
        assertThat(rest.withBasicAuth(user, "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(user, "wrong").getForEntity("/api/catalogue", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @CsvSource({
            "handler,   /api/catalogue, 200",
            "dpo,       /api/catalogue, 200",
            "collector, /api/catalogue, 200",
            "admin,     /api/catalogue, 200",
            "handler,   /api/dpo/residents/{id}/personal-data, 403",
            "collector, /api/dpo/residents/{id}/personal-data, 403",
            "admin,     /api/dpo/residents/{id}/personal-data, 403",
            "dpo,       /api/dpo/residents/{id}/personal-data, 200",
            "dpo,       /api/dpo/residents/0/personal-data, 404",
            "handler,   /api/intake/health, 403",
            "collector, /api/intake/health, 403",
            "dpo,       /api/intake/health, 200",
            "admin,     /api/intake/health, 200",
    })
    void applicationEndpointsHonourRoles(String user, String path, int status) {
        ResponseEntity<String> response = rest.withBasicAuth(user, user)
                .getForEntity(path.replace("{id}", String.valueOf(showcaseId())), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(status);
    }

    @Test
    void theDposViewOfAResidentMasksTheIdentityCode() {
        String body = rest.withBasicAuth("dpo", "dpo")
                .getForObject("/api/dpo/residents/" + showcaseId() + "/personal-data", String.class);
        assertThat(body).contains("010594Y****").doesNotContain(DemoDataGenerator.SHOWCASE_HETU)
                .contains("\"rent-ledger\"").contains("\"camera\"");
    }

    @ParameterizedTest(name = "{0} logs in to {1} -> {2}")
    @CsvSource({
            "handler,   tasklist, 200", "handler,   cockpit, 403", "handler,   admin, 403",
            "collector, tasklist, 200", "collector, cockpit, 403", "collector, admin, 403",
            "dpo,       tasklist, 200", "dpo,       cockpit, 200", "dpo,       admin, 403",
            "admin,     tasklist, 200", "admin,     cockpit, 200", "admin,     admin, 200",
    })
    void webappLoginFollowsTheRoles(String user, String app, int status) {
        assertThat(webappLogin(user, user, app)).isEqualTo(status);
    }

    @Test
    void aWebappLoginWithAWrongPasswordIsRefused() {
        assertThat(webappLogin(userForWrongPasswords(), "nope", "cockpit")).isEqualTo(401);
    }

    @Test
    void handlersWorkOnTasksButOnlyTheDpoReadsProcessInstances() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> start = Map.of("variables", Map.of(
                "subject", Map.of("value", "Kysymys laskusta", "type", "String"),
                "summary", Map.of("value", "Ei tunnistettava pyyntö", "type", "String")));
        ResponseEntity<Map> started = rest.withBasicAuth("handler", "handler").postForEntity(
                "/engine-rest/process-definition/key/triage/start", new HttpEntity<>(start, json), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String instance = (String) started.getBody().get("id");

        // reading the instance itself is the DPO's: others get 403 (the engine's authorization check) ...
        String variables = "/engine-rest/process-instance/" + instance + "/variables";
        assertThat(rest.withBasicAuth("handler", "handler").getForEntity(variables, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("collector", "collector").getForEntity(variables, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("dpo", "dpo").getForEntity(variables, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // ... and queries simply do not show it to them
        assertThat(rest.withBasicAuth("handler", "handler")
                .getForEntity("/engine-rest/process-instance/" + instance, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("dpo", "dpo")
                .getForEntity("/engine-rest/process-instance/" + instance, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        List<?> handlerTasks = rest.withBasicAuth("handler", "handler")
                .getForObject("/engine-rest/task?processInstanceId=" + instance, List.class);
        List<?> collectorTasks = rest.withBasicAuth("collector", "collector")
                .getForObject("/engine-rest/task?processInstanceId=" + instance, List.class);
        assertThat(handlerTasks).hasSize(1);
        assertThat(collectorTasks).isEmpty();
    }

    @Test
    void collectionStaffCannotStartPrivacyProcesses() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth("collector", "collector").postForEntity(
                "/engine-rest/process-definition/key/triage/start", new HttpEntity<>("{}", json), String.class);
        assertThat(response.getStatusCode().value()).isIn(403, 404);
    }

    /**
     * What Tasklist's "Start process" offers (the same query it sends): the desk door of the requests, a matter
     * for a handler and a request for data from an authority or partner; for the collection staff a disturbance
     * complaint (the DPO, who may start any process, sees it too); no internal process (identity verification, mail
     * triage, restricted processing, sweeps, rent collection, which the daily run starts).
     */
    @ParameterizedTest(name = "{0} may start {1}")
    @CsvSource({"handler, privacy-request triage disclosure-request",
            "dpo, privacy-request triage disclosure-request disturbance", "collector, disturbance"})
    void tasklistOffersOnlyTheDoorsForAManualStart(String user, String expected) {
        List<Map<String, Object>> startable = rest.withBasicAuth(user, user).getForObject(
                "/engine-rest/process-definition?latestVersion=true&active=true&startableInTasklist=true"
                        + "&startablePermissionCheck=true&notStartableInTasklist=false", List.class);
        assertThat(startable).extracting(d -> (String) d.get("key"))
                .containsExactlyInAnyOrderElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void theDayOneTasklistFiltersAreThereForEveryRole() {
        for (String user : List.of("handler", "dpo", "collector")) {
            List<Map<String, Object>> filters = rest.withBasicAuth(user, user)
                    .getForObject("/engine-rest/filter?resourceType=Task", List.class);
            assertThat(filters).extracting(f -> (String) f.get("name")).containsExactlyInAnyOrder(
                    "Omat tehtävät / My tasks", "Ryhmäni tehtävät / My group's tasks",
                    "Erääntyy 7 päivässä / Due within 7 days", "Myöhässä / Overdue");
            // each filter's query runs (expressions such as ${currentUserGroups()} resolve for the caller)
            for (Map<String, Object> filter : filters) {
                assertThat(rest.withBasicAuth(user, user).getForEntity("/engine-rest/filter/" + filter.get("id")
                        + "/list?maxResults=5", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            }
        }
    }

    @Test
    void healthAndInfoAreOpenButShowNoDetails() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        assertThat(rest.getForEntity("/actuator/info", String.class).getBody()).contains("Tietovahti");
        assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Logs in as the webapp's login page does: fetch the CSRF cookie first, echo it in a header. */
    private int webappLogin(String user, String password, String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        String csrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).orElseThrow();
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", csrf);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList()));
        return rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class).getStatusCode().value();
    }

    private long showcaseId() {
        return residents.byIdentityCode(PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU)).orElseThrow().getId();
    }
}
