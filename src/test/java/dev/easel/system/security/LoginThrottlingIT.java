package dev.easel.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.PostgresIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Guessing passwords on each door of the service: the API, Camunda's REST API and the Camunda webapps' login share one
 * throttle. Its own context (the throttle counts in memory), so that the lock-outs here reach no other test; the
 * per-address limit is raised because every request of a test comes from 127.0.0.1.
 */
@PostgresIntegrationTest
@TestPropertySource(
        properties = {
            "easel.security.login-throttle.address-failures=1000",
            "easel.security.login-throttle.first-lock=10m"
        })
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingIT {

    private static final String GUESS = "guess-7Qz";

    @Autowired
    TestRestTemplate http;

    @Test
    void fiveWrongPasswordsOnTheApiLockTheUserOutEvenForTheRightOne(CapturedOutput log) {
        for (int i = 0; i < 5; i++) {
            assertThat(api("analyst", GUESS).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> right = api("analyst", "demo");

        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(right.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(right.getBody().path("detail").asText()).contains("Too many failed logins");
        assertThat(Long.parseLong(right.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 600L);
        assertThat(api("admin", "demo").getStatusCode()).as("another user").isEqualTo(HttpStatus.OK);
        assertThat(log.getAll())
                .contains("Failed login for user 'analyst' from 127.0.0.1")
                .doesNotContain(GUESS);
    }

    @Test
    void theEngineRestApiIsThrottledTheSameWay() {
        for (int i = 0; i < 5; i++) {
            ResponseEntity<JsonNode> wrong = engineRest("lead", GUESS);
            assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(wrong.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }

        ResponseEntity<JsonNode> right = engineRest("lead", "demo");

        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(right.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void guessesInTasklistLockTheUserOutOfTasklistAndTheApi(CapturedOutput log) {
        assertThat(logIntoTasklist("compliance", "demo").getStatusCode())
                .as("before any guess")
                .isEqualTo(HttpStatus.OK);
        for (int i = 0; i < 5; i++) {
            assertThat(logIntoTasklist("compliance", GUESS).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        assertThat(logIntoTasklist("compliance", "demo").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api("compliance", "demo").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(log.getAll())
                .contains("Failed login for user 'compliance' from 127.0.0.1")
                .doesNotContain(GUESS);
    }

    private ResponseEntity<JsonNode> api(String user, String password) {
        return http.withBasicAuth(user, password).getForEntity("/api/rules", JsonNode.class);
    }

    private ResponseEntity<JsonNode> engineRest(String user, String password) {
        return http.withBasicAuth(user, password).getForEntity("/engine-rest/task", JsonNode.class);
    }

    /** As Tasklist's login page does it: the XSRF cookie of a served page, echoed in a header. */
    private ResponseEntity<JsonNode> logIntoTasklist(String user, String password) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .toList();
        String token = cookies.stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()))
                .findFirst()
                .orElseThrow();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.put(HttpHeaders.COOKIE, List.of(String.join("; ", cookies)));
        headers.set("X-XSRF-TOKEN", token);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return http.exchange(
                "/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                JsonNode.class);
    }
}
