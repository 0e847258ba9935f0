package fi.tietovahti.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Our Tasklist configuration replaces Camunda's and loads two scripts: due date as the default sorting, and no
 * form drafts in the browser's localStorage. Both were checked in headless Chromium when written (the list
 * request carries sorting dueDate asc; after "Save" on a task form no camunda-form:* key is in localStorage).
 */
@TietovahtiTest
class WebappCustomisationIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void tasklistServesOurConfigurationAndTheSortingScript() {
        String config = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
        assertThat(config).contains("customScripts: ['scripts/due-date-sorting', 'scripts/no-form-drafts', "
                + "'scripts/task-case', 'scripts/desk-start']")
                .contains("shortcuts");
        assertThat(rest.getForObject("/camunda/app/tasklist/scripts/no-form-drafts.js", String.class))
                .contains("camunda-form:").contains("Storage.prototype.setItem");

        ResponseEntity<String> script = rest.getForEntity("/camunda/app/tasklist/scripts/due-date-sorting.js",
                String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody()).contains("sortBy: 'dueDate', sortOrder: 'asc'").contains("export default");
    }
}
