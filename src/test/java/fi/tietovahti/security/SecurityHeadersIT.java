package fi.tietovahti.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The answers' headers as a browser or a proxy sees them: personal data is never stored by a cache, never sniffed
 * into another type, the application's own pages cannot be framed and run nothing but themselves, HSTS comes with
 * TLS; the webapps keep their own policy and their static files stay cacheable. The local run listens on loopback.
 */
@TietovahtiTest
class SecurityHeadersIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theDposPersonalDataViewIsNeitherStoredNorSniffedNorFramed() {
        ResponseEntity<String> answer = rest.withBasicAuth("dpo", "dpo")
                .getForEntity("/api/dpo/residents/1/personal-data", String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        HttpHeaders h = answer.getHeaders();
        assertThat(h.getCacheControl()).isEqualTo("no-store");
        assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(h.getFirst("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(h.getFirst("Strict-Transport-Security")).as("plain http: no HSTS").isNull();
    }

    @Test
    void theEnginesRestAndARefusalAreNotStoredEither() {
        HttpHeaders tasks = rest.withBasicAuth("handler", "handler").getForEntity("/engine-rest/task", String.class)
                .getHeaders();
        assertThat(tasks.getCacheControl()).isEqualTo("no-store");
        assertThat(tasks.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        ResponseEntity<String> refused = rest.withBasicAuth("handler", "handler")
                .getForEntity("/api/dpo/residents/1/personal-data", String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getHeaders().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void theUnsubscribePageRunsNothingButItselfAndCannotBeFramed() {
        ResponseEntity<String> page = rest.getForEntity("/newsletter/unsubscribe/no-such-token", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(404);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
        // the delivery page's form is redirected to the identification provider: form-action would block it
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("form-action");
    }

    @Test
    void theWebappsKeepTheirOwnPolicyAndTheirStaticFilesStayCacheable() {
        HttpHeaders script = rest.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class).getHeaders();
        assertThat(script.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(script.getCacheControl()).isNotEqualTo("no-store");
        HttpHeaders app = rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();
        assertThat(app.getFirst("Content-Security-Policy")).as("Camunda's own policy, which its pages need")
                .isNotEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void behindATlsProxyTheAnswerCarriesHsts() {
        HttpHeaders proxied = new HttpHeaders();
        proxied.set("X-Forwarded-Proto", "https");
        ResponseEntity<String> answer = rest.withBasicAuth("dpo", "dpo").exchange("/api/dpo/residents/1/personal-data",
                HttpMethod.GET, new HttpEntity<>(proxied), String.class);
        assertThat(answer.getHeaders().getFirst("Strict-Transport-Security")).startsWith("max-age=31536000");

        // the webapps' session cookie (made on the first page, with the CSRF token) is Secure there, and only there
        HttpHeaders overTls = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(proxied),
                String.class).getHeaders();
        assertThat(overTls.get(HttpHeaders.SET_COOKIE)).anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("Secure"));
        HttpHeaders plain = rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();
        assertThat(plain.get(HttpHeaders.SET_COOKIE)).anyMatch(c -> c.startsWith("JSESSIONID"))
                .noneMatch(c -> c.startsWith("JSESSIONID") && c.contains("Secure"));
    }

    @Test
    void theLocalRunListensOnLoopbackUnlessToldOtherwise() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-local.yml"));
        Properties local = yaml.getObject();
        assertThat(local.getProperty("server.address")).isEqualTo("${TIETOVAHTI_BIND_ADDRESS:127.0.0.1}");
    }
}
