package dev.easel.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.audit.AuditTrail;
import dev.easel.testing.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class DataSubjectRightsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    HistoryService history;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "erin." + run + "@example.org";
    private final String name = "Erin Vasquez-" + run;
    private final String street = run + " Erasure Lane";

    @Test
    void exportsEverythingHeldAndAfterErasureNoTableHoldsTheCustomersPersonalData() {
        String customerId = "dsr-" + run;
        String key = post("ingest", "/api/customers", """
                {"customerId": "%s", "type": "INDIVIDUAL", "country": "DE", "email": "%s", "name": "%s",
                 "addressLine": "%s", "city": "Kiel", "postalCode": "24103", "channel": "WEB"}
                """.formatted(customerId, email, name, street))
                .getBody()
                .path("customerKey")
                .asText();
        post("ingest", "/api/events/segment", """
                {"type": "track", "event": "Order Completed", "userId": "%s", "timestamp": "2026-05-01T10:00:00Z",
                 "properties": {"order_id": "dsr-order-%s", "currency": "EUR",
                                "products": [{"sku": "OIL-5", "category": "Oil paint", "price": 12.5, "quantity": 2}]}}
                """.formatted(customerId, run));
        post("ingest", "/api/consents", """
                {"customerId": "%s", "purpose": "marketing-sync", "status": "GIVEN", "lawfulBasis": "CONSENT",
                 "capturedAt": "2026-05-01T09:00:00Z", "source": "web-form", "policyVersion": "2026-01",
                 "wording": "Send me offers."}
                """.formatted(customerId));

        JsonNode export = exchange("compliance", HttpMethod.GET, "/api/customers/" + key + "/export")
                .getBody();

        assertThat(export.path("customer").path("contact").path("email").asText())
                .isEqualTo(email);
        assertThat(export.path("orders")).hasSize(1);
        assertThat(export.path("orders")
                        .get(0)
                        .path("lines")
                        .get(0)
                        .path("category")
                        .asText())
                .isEqualTo("PAINTS");
        assertThat(export.path("consents")).hasSize(1);
        assertThat(export.path("dataSubjectRequests").findValuesAsText("status"))
                .containsExactly("COMPLETED");

        ResponseEntity<JsonNode> erasure =
                exchange("compliance", HttpMethod.POST, "/api/customers/" + key + "/erasure");

        assertThat(erasure.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(erasure.getBody().path("personalDataErased").asBoolean()).isTrue();
        assertThat(tablesHolding(email, name, street)).isEmpty();
        assertThat(jdbc.sql("select count(*) from orders o join customers c on c.id = o.customer_id "
                                + "where c.customer_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select kind from decision_log where customer_key = ? order by id")
                        .param(key)
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "DATA_SUBJECT_REQUEST_OPENED",
                        "DATA_SUBJECT_REQUEST_COMPLETED",
                        "DATA_SUBJECT_REQUEST_OPENED",
                        "DATA_SUBJECT_REQUEST_COMPLETED",
                        "CUSTOMER_ERASED");
        assertThat(audit.verify().intact()).isTrue();
        List<String> requestIds = jdbc.sql(
                        "select cast(id as varchar) from data_subject_requests where customer_key = ?")
                .param(key)
                .query(String.class)
                .list();
        assertThat(requestIds).hasSize(2).allSatisfy(id -> {
            assertThat(history.createHistoricProcessInstanceQuery()
                            .processDefinitionKey("data-subject-request")
                            .processInstanceBusinessKey(id)
                            .finished()
                            .count())
                    .as("process of request " + id)
                    .isEqualTo(1);
        });
        assertThat(jdbc.sql("select count(*) from clv_results where customer_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aChannelThatUsesEmailsAsCustomerIdsLeavesNoEmailBehindAfterErasure() {
        String emailAsId = "ids." + run + "@example.org";
        String key = post("ingest", "/api/customers", """
                {"customerId": "%s", "type": "INDIVIDUAL", "country": "DE", "email": "%s", "channel": "WEB"}
                """.formatted(emailAsId, emailAsId))
                .getBody()
                .path("customerKey")
                .asText();
        post("ingest", "/api/consents", """
                {"customerId": "%s", "purpose": "clv-profiling", "status": "GIVEN", "lawfulBasis": "CONSENT",
                 "capturedAt": "2026-05-01T09:00:00Z", "source": "web-form", "policyVersion": "2026-01",
                 "wording": "Use my history."}
                """.formatted(emailAsId));

        assertThat(exchange("compliance", HttpMethod.POST, "/api/customers/" + key + "/erasure")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(tablesHolding(emailAsId)).isEmpty();
        assertThat(jdbc.sql("select count(*) from customer_source_ids s join customers c on c.id = s.customer_id "
                                + "where c.customer_key = ? and s.source_id like 'erased-%'")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyComplianceMayExportOrErase() {
        assertThat(exchange("analyst", HttpMethod.GET, "/api/customers/cus_unknown/export")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("ingest", HttpMethod.POST, "/api/customers/cus_unknown/erasure")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** "table.column" for every text column, in every table of the schema, that still holds one of the values. */
    private List<String> tablesHolding(String... values) {
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                 where table_schema = current_schema()
                   and data_type in ('text', 'character varying', 'character')
                """).query().listOfRows();
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String value : values) {
                long hits = jdbc.sql("select count(*) from \"" + table + "\" where lower(\"" + name + "\") like ?")
                        .param("%" + value.toLowerCase() + "%")
                        .query(Long.class)
                        .single();
                if (hits > 0) {
                    found.add(table + "." + name);
                }
            }
        }
        return found;
    }

    private ResponseEntity<JsonNode> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(path + " " + response.getBody())
                .isTrue();
        return response;
    }

    private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path) {
        return http.withBasicAuth(user, "demo").exchange(path, method, HttpEntity.EMPTY, JsonNode.class);
    }
}
