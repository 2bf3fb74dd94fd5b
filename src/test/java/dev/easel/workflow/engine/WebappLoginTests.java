package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.workflow.WorkflowTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Logging into Tasklist the way its login page does, with the users Easel is configured with: Camunda's login checks
 * the password through Easel, so a pre-encoded password works as well as a plain one.
 */
class WebappLoginTests extends WorkflowTestBase {

    @Autowired
    TestRestTemplate http;

    @Test
    void aUserConfiguredWithAPreEncodedPasswordLogsIntoTasklist() {
        ResponseEntity<JsonNode> login = logIntoTasklist("officer", "officer-passphrase");

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody().path("userId").asText()).isEqualTo("officer");
        assertThat(login.getBody().path("authorizedApps").toString()).contains("tasklist");
    }

    @Test
    void aUserConfiguredWithAPlainPasswordLogsIntoTasklist() {
        ResponseEntity<JsonNode> login = logIntoTasklist("compliance", "demo");

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody().path("userId").asText()).isEqualTo("compliance");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefused() {
        assertThat(logIntoTasklist("officer", "demo").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(logIntoTasklist("officer", "").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(logIntoTasklist("nobody", "demo").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theEncodedPasswordItselfDoesNotLogIn() {
        String encoded = "{bcrypt}$2a$04$ziwnqc3bz1hxG3x9UrISQur9pjxahQszNEecmWnZDGTp2mvVNv/TG";

        assertThat(logIntoTasklist("officer", encoded).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Camunda's webapps want the XSRF cookie of a page they served, echoed in a header, with the session cookie. */
    private ResponseEntity<JsonNode> logIntoTasklist(String user, String password) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .toList();
        String token = cookies.stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Tasklist set no XSRF cookie: " + cookies));

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
