package dev.easel.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.clv.ClvInsights;
import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.Regulation;
import dev.easel.console.FlaggedReviews.Flagged;
import dev.easel.testing.ConsoleTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Server time of every compliance desk page on the console's demo (opt-in: {@code -Deasel.benchmark.desk=true}):
 * 40 requests per page one after the other, signed in as {@code compliance}; prints a table for
 * docs/benchmarks.md.
 */
@ConsoleTest
@EnabledIfSystemProperty(named = "easel.benchmark.desk", matches = "true")
class ComplianceDeskBenchmarkIT {

    static final int REQUESTS = 40;

    @LocalServerPort
    int port;

    @Autowired
    ClvInsights insights;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService tasks;

    @Autowired
    DataSubjectRequests requests;

    @Test
    void everyDeskPageAnswersWithinItsTimeOnTheDemo() throws Exception {
        DemoScored.await(insights);
        Flagged flagged = new FlaggedReviews(http, tasks).flag(1).get(0);
        String customerId = "desk-bench-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode customer = http.withBasicAuth("ingest", "demo")
                .postForEntity(
                        "/api/customers",
                        Map.of(
                                "customerId",
                                customerId,
                                "type",
                                "INDIVIDUAL",
                                "country",
                                "FR",
                                "channel",
                                "WEB",
                                "email",
                                customerId + "@example.org"),
                        JsonNode.class)
                .getBody();
        DataSubjectRequest request = requests.open(
                DataSubjectRequest.Type.ACCESS,
                Regulation.GDPR,
                customer.path("customerKey").asText(),
                "ref-" + customerId,
                "benchmark");
        ConsoleSession session = ConsoleSession.signIn(port, "compliance");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/console/reviews", "/console/reviews");
        pages.put(
                "/console/reviews?sort=LARGEST_CHANGE&reason=CLV_SPIKE",
                "/console/reviews?sort=LARGEST_CHANGE&reason=CLV_SPIKE");
        pages.put("/console/reviews/{task}", "/console/reviews/" + flagged.taskId());
        pages.put("/console/consents", "/console/consents");
        pages.put("/console/consents/{key}", "/console/consents/" + flagged.customerKey());
        pages.put("/console/requests", "/console/requests");
        pages.put("/console/requests/{id}", "/console/requests/" + request.id());
        pages.forEach((label, path) -> warm(session, path));

        StringBuilder table = new StringBuilder("| page | p50 | p95 | max |\n|---|---|---|---|\n");
        for (var page : pages.entrySet()) {
            table.append(ConsoleSession.row(page.getKey(), session.time(page.getValue(), REQUESTS)))
                    .append('\n');
        }
        System.out.println("Compliance desk pages, " + REQUESTS + " requests each:\n" + table);
        assertThat(table.toString().lines().count()).isEqualTo(2 + pages.size());
    }

    private static void warm(ConsoleSession session, String path) {
        try {
            session.time(path, 3);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
