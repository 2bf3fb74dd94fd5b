package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.ClvInsights;
import dev.easel.testing.ConsoleTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer's page says what the serving model made of them: the demo is served by seasonal BG/NBD, so a repeat
 * customer's page carries the season line with the figures of their explanation, and a one-order customer's page says
 * why P(alive) and the next-order date are withheld. Reads only.
 */
@ConsoleTest
class CustomerPredictionPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClvInsights insights;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void demoScored() throws InterruptedException {
        DemoScored.await(insights);
    }

    @Test
    void aRepeatCustomersPageShowsHowFarTheSeasonMovedTheirExpectedOrders() throws Exception {
        String key = publishedWith("r.frequency > 0 AND r.probability_alive IS NOT NULL");
        JsonNode season = explanation(key).at("/model/season");
        assertThat(season.isMissingNode())
                .as("the demo is served by the seasonal variant")
                .isFalse();

        String page = page(key);

        assertThat(page)
                .contains("id=\"season-line\"")
                .contains("Season taken into account: estimated from the business&#39;s own history")
                .contains(String.format(
                        Locale.ROOT,
                        "moves this customer&#39;s expected orders over the next %d months from %.2f to %.2f",
                        season.get("horizonMonths").asInt(),
                        season.get("expectedOrdersWithoutSeason").asDouble(),
                        season.get("expectedOrdersWithSeason").asDouble()))
                .contains("id=\"serving-model\"")
                .doesNotContain("id=\"one-order-note\"");
    }

    @Test
    void aOneOrderCustomersPageAndApiSayWhyPAliveIsWithheldUnderBgNbd() throws Exception {
        String key = publishedWith("r.frequency = 0");
        JsonNode explanation = explanation(key);
        JsonNode clv = mvc.perform(get("/api/customers/" + key + "/clv").with(httpBasic("analyst", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .transform(this::tree);

        assertThat(clv.hasNonNull("probabilityAlive")).isFalse();
        assertThat(clv.hasNonNull("expectedDateOfNextOrder")).isFalse();
        assertThat(clv.hasNonNull("expectedOrders")).isTrue();
        assertThat(explanation.at("/model/oneOrderCustomer").asText())
                .contains("1 by construction")
                .contains("P(alive) and the next-order date are withheld");
        assertThat(page(key))
                .contains("id=\"one-order-note\"")
                .contains("One order so far: BG/NBD (plain or seasonal)");
    }

    @Test
    void theModelPageShowsTheDeclaredSeasonFileAsTheServiceHoldsIt() throws Exception {
        JsonNode status = tree(mvc.perform(get("/api/model/season-file").with(httpBasic("analyst", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(status.get("version").asText()).startsWith("season-");
        assertThat(status.get("problems")).isEmpty();
        assertThat(status.get("watched").asBoolean()).isTrue();

        String model = mvc.perform(get("/console/model").with(user("analyst").roles("ANALYST")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String part = mvc.perform(
                        get("/console/model/season-file").with(user("analyst").roles("ANALYST")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(model).contains("Declared season file").contains("/console/model/season-file");
        assertThat(part)
                .contains("id=\"season-file-version\"")
                .contains("In service: " + status.get("version").asText())
                .contains("id=\"season-file-months\"")
                .doesNotContain("id=\"season-file-problems\"");
        assertThat(mvc.perform(get("/console/model/season-file")
                                .with(user("compliance").roles("COMPLIANCE")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private String publishedWith(String condition) {
        return jdbc.sql("SELECT c.customer_key FROM clv_current c JOIN clv_results r ON r.id = c.published_id"
                        + " WHERE c.status = 'PUBLISHED' AND c.pending_id IS NULL AND NOT r.historic_only AND "
                        + condition
                        + " ORDER BY c.customer_key DESC LIMIT 1")
                .query(String.class)
                .single();
    }

    private String page(String key) throws Exception {
        return mvc.perform(get("/console/customers/" + key).with(user("analyst").roles("ANALYST")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode explanation(String key) throws Exception {
        return tree(
                mvc.perform(get("/api/customers/" + key + "/clv/explanation").with(httpBasic("analyst", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
