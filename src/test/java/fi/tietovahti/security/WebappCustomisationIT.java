package fi.tietovahti.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Our Tasklist configuration replaces Camunda's and loads the script that makes due date the default sorting
 * (checked in a browser when it was written: the list request then carries sorting dueDate asc).
 */
@TietovahtiTest
class WebappCustomisationIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void tasklistServesOurConfigurationAndTheSortingScript() {
        String config = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
        assertThat(config).contains("customScripts: ['scripts/due-date-sorting']").contains("shortcuts");

        ResponseEntity<String> script = rest.getForEntity("/camunda/app/tasklist/scripts/due-date-sorting.js",
                String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody()).contains("sortBy: 'dueDate', sortOrder: 'asc'").contains("export default");
    }
}
