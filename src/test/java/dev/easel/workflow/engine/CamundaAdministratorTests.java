package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.workflow.WorkflowTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A user with the ADMIN role is a Camunda administrator: the engine shows them every definition, without grants. */
class CamundaAdministratorTests extends WorkflowTestBase {

    @Autowired
    TestRestTemplate http;

    @Test
    void anAdministratorSeesEveryProcessDefinition() {
        JsonNode count = http.withBasicAuth("admin", "demo")
                .getForObject("/engine-rest/process-definition/count", JsonNode.class);

        assertThat(count.path("count").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anAnalystSeesNoProcessDefinition() {
        JsonNode count = http.withBasicAuth("analyst", "demo")
                .getForObject("/engine-rest/process-definition/count", JsonNode.class);

        assertThat(count.path("count").asInt()).isZero();
    }
}
