package dev.easel.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.audit.AuditQuery;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionKind;
import dev.easel.audit.DecisionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the candidates' tests read back, for rulesets and fits alike: impact reports, row counts, audit records. */
final class CandidateTrace {

    private CandidateTrace() {}

    /**
     * Polls the report until it is finished (200), checking that it says RUNNING until then (202).
     *
     * @param api {@code /api/rules} or {@code /api/model}
     */
    static JsonNode awaitReport(TestRestTemplate http, String api, String reportId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            ResponseEntity<JsonNode> report = http.withBasicAuth("analyst", "demo")
                    .getForEntity(api + "/impact-reports/" + reportId, JsonNode.class);
            if (report.getStatusCode() == HttpStatus.OK) {
                return report.getBody();
            }
            assertThat(report.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(report.getBody().get("status").asText()).isEqualTo("RUNNING");
            Thread.sleep(200);
        }
        throw new AssertionError("impact report " + reportId + " not finished in 2 minutes");
    }

    static Map<String, Long> rows(JdbcClient jdbc, List<String> tables) {
        Map<String, Long> counts = new HashMap<>();
        for (String table : tables) {
            counts.put(table, rows(jdbc, table));
        }
        return counts;
    }

    static long rows(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static DecisionRecord latest(AuditTrail audit, DecisionKind kind) {
        List<DecisionRecord> records = audit.find(new AuditQuery(null, kind, null, null, 0, 1000));
        assertThat(records).isNotEmpty();
        return records.get(records.size() - 1);
    }
}
