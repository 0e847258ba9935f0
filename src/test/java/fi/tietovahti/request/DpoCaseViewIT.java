package fi.tietovahti.request;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.processes.ObjectionRequestProcess;
import fi.tietovahti.testsupport.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the DPO's Cockpit pages read: the open cases by days left to the legal deadline (each bucket's edges, the
 * 30-day target, extensions, closed cases left out) and one case, finished too, with its steps and who did them.
 * The cases are made here with the deadlines each row needs, relative to the test clock's today.
 */
class DpoCaseViewIT extends RequestProcessTest {

    @Autowired
    TestRestTemplate rest;

    @Override
    protected List<String> processesWalked() {
        return List.of();
    }

    private String insertCase(String suffix, int daysLeft, int daysToTarget, Integer extensionMonths, boolean closed) {
        LocalDate today = TestClock.today();
        String number = "TV-1990-" + suffix;
        jdbc.update("""
                insert into tietovahti.privacy_case (case_number, case_type, received_at, language, channel,
                    requester_name, created_at, legal_deadline, internal_target, extension_months, extension_reason,
                    extended_by, extended_at, closed_at, outcome)
                values (?, 'ACCESS', now(), 'fi', 'DESK', 'Board Testcase', now(), ?, ?, ?, ?, ?, ?, ?, ?)""",
                number, today.plusDays(daysLeft), today.plusDays(daysToTarget), extensionMonths,
                extensionMonths == null ? null : "complex", extensionMonths == null ? null : "dpo",
                extensionMonths == null ? null : java.sql.Timestamp.from(TestClock.now()),
                closed ? java.sql.Timestamp.from(TestClock.now()) : null, closed ? "ANSWERED" : null);
        return number;
    }

    @Test
    void theBoardPutsEachOpenCaseInTheBucketOfItsDaysLeft() {
        jdbc.update("delete from tietovahti.privacy_case where case_number like 'TV-1990-%'");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put(insertCase("000001", -1, -31, null, false), "OVERDUE");
        expected.put(insertCase("000002", 0, -30, null, false), "WITHIN_7_DAYS");
        expected.put(insertCase("000003", 7, -23, null, false), "WITHIN_7_DAYS");
        expected.put(insertCase("000004", 8, 8, null, false), "WITHIN_14_DAYS");
        expected.put(insertCase("000005", 14, 14, null, false), "WITHIN_14_DAYS");
        expected.put(insertCase("000006", 45, 15, 1, false), "LATER");
        String closed = insertCase("000007", -5, -5, null, true);

        Map<String, Object> board = rest.withBasicAuth("dpo", "dpo")
                .getForObject("/api/dpo/deadlines?perColumn=1000", Map.class);
        assertThat(board.get("today")).isEqualTo(TestClock.today().toString());
        Map<String, String> found = new java.util.HashMap<>();
        Map<String, Map<String, Object>> rows = new java.util.HashMap<>();
        for (Map<String, Object> column : (List<Map<String, Object>>) board.get("columns")) {
            List<Map<String, Object>> listed = (List<Map<String, Object>>) column.get("cases");
            assertThat(listed).hasSize((Integer) column.get("count"));
            for (Map<String, Object> c : listed) {
                found.put((String) c.get("caseNumber"), (String) column.get("bucket"));
                rows.put((String) c.get("caseNumber"), c);
            }
        }
        expected.forEach((number, bucket) -> assertThat(found.get(number)).as(number).isEqualTo(bucket));
        assertThat(found).as("a closed case is not on the board").doesNotContainKey(closed);
        assertThat(rows.get("TV-1990-000001")).containsEntry("daysLeft", -1).containsEntry("daysToTarget", -31);
        assertThat(rows.get("TV-1990-000006")).containsEntry("extensionMonths", 1).containsEntry("daysToTarget", 15);
        assertThat(rows.get("TV-1990-000003").toString()).as("no personal data on the board")
                .doesNotContain("Board Testcase");

        // a column lists at most perColumn cases, nearest deadline first, and counts them all
        Map<String, Object> short1 = rest.withBasicAuth("dpo", "dpo")
                .getForObject("/api/dpo/deadlines?perColumn=1", Map.class);
        for (Map<String, Object> column : (List<Map<String, Object>>) short1.get("columns")) {
            assertThat((List<?>) column.get("cases")).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(short1.get("open")).isEqualTo(board.get("open"));
        jdbc.update("delete from tietovahti.privacy_case where case_number like 'TV-1990-%'");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"handler, 403", "collector, 403", "admin, 403", "dpo, 200"})
    void onlyTheDpoReadsTheBoard(String user, int status) {
        assertThat(rest.withBasicAuth(user, user).getForEntity("/api/dpo/deadlines", String.class)
                .getStatusCode().value()).isEqualTo(status);
    }

    @Test
    void badInputIsAClearError() {
        assertThat(rest.withBasicAuth("dpo", "dpo").getForEntity("/api/dpo/deadlines?perColumn=-1", String.class)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(rest.withBasicAuth("dpo", "dpo").getForEntity("/api/dpo/deadlines?perColumn=x", String.class)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(rest.withBasicAuth("dpo", "dpo").getForEntity("/api/dpo/cases/TV-1999-999999", String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(rest.getForEntity("/api/dpo/deadlines", String.class).getStatusCode().value()).isEqualTo(401);
    }

    /** A finished case, which Cockpit CE cannot open: its facts, steps with who did them, outcome and timeliness. */
    @Test
    void aFinishedCaseOpensWithItsStepsAndWhoDidThem() {
        Map<String, Object> who = jdbc.queryForMap("""
                select p.first_name || ' ' || p.last_name as name, p.hetu from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3) order by p.id desc offset 31 limit 1""");
        RequestDoors.Started started = driver.startAtTheDesk(doors, PrivacyCase.Type.OBJECTION,
                (String) who.get("name"), "finished.case@example.com", (String) who.get("hetu"), "fi");
        driver.completeAsHandler(started.processInstanceId(), ObjectionRequestProcess.Element.BALANCE_OBJECTION,
                Map.of("objectionTarget", "SURVEYS", "objectionDecision", "REFUSED",
                        "sensitiveBalancing", "The answers are needed for a pending claim"));
        assertThat(driver.instance(started.processInstanceId())).as("finished").isNull();

        String path = "/api/dpo/cases/" + started.caseNumber();
        assertThat(rest.withBasicAuth("handler", "handler").getForEntity(path, String.class).getStatusCode().value())
                .isEqualTo(403);
        org.springframework.http.ResponseEntity<Map> response = rest.withBasicAuth("dpo", "dpo")
                .getForEntity(path, Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> view = response.getBody();
        assertThat(view).containsEntry("caseNumber", started.caseNumber()).containsEntry("caseType", "OBJECTION")
                .containsEntry("outcome", "ANSWERED").containsEntry("onTimeLegal", true)
                .containsEntry("requesterName", who.get("name"));
        assertThat(view.get("closedAt")).isNotNull();
        assertThat(response.toString()).as("never the identity code").doesNotContain((String) who.get("hetu"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) view.get("steps");
        assertThat(steps).extracting(s -> s.get("processKey")).contains(fi.tietovahti.processes.PrivacyRequestProcess.KEY,
                ObjectionRequestProcess.KEY, fi.tietovahti.processes.VerifyIdentityProcess.KEY);
        assertThat(steps).filteredOn(s -> ObjectionRequestProcess.Element.BALANCE_OBJECTION.equals(s.get("activityId")))
                .singleElement().satisfies(s -> {
                    assertThat(s.get("assignee")).as("who completed the weighing").isEqualTo("handler");
                    assertThat(s.get("ended")).isNotNull();
                });
        assertThat(steps).allSatisfy(s -> assertThat(s.get("ended")).as(s.get("activityName") + " ended").isNotNull());
    }
}
