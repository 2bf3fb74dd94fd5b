package dev.easel.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.PostgresIntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasure reaches the disk (docs/erasure.md): the bytes of a customer's email, name and address are in no file of the
 * PostgreSQL data directory, WAL included, and after the erasure the data key that sealed them is gone from the
 * table and, once the key table is rewritten, from its files too. Each scan first forces everything in memory to the
 * files (CHECKPOINT) and proves it can see what it looks for by finding a value stored in plain text.
 */
@PostgresIntegrationTest
class ErasureOnDiskIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "oona.disk-" + run + "@example.org";
    private final String name = "Oona Diskwright-" + run;
    private final String street = run + " Shredder Row";
    private final String orderId = "disk-order-" + run;

    @Test
    void noFileOfTheDatabaseHoldsTheCustomersEmailNameOrAddressBeforeOrAfterErasure() {
        String key = post("/api/customers", """
                {"customerId": "disk-%s", "type": "INDIVIDUAL", "country": "DE", "email": "%s", "name": "%s",
                 "addressLine": "%s", "city": "Kiel", "postalCode": "24103", "channel": "WEB"}
                """.formatted(run, email, name, street))
                .getBody()
                .path("customerKey")
                .asText();
        post("/api/events/segment", """
                {"type": "track", "event": "Order Completed", "userId": "disk-%s", "timestamp": "2026-05-01T10:00:00Z",
                 "properties": {"order_id": "%s", "currency": "EUR",
                                "products": [{"sku": "OIL-5", "category": "Oil paint", "price": 12.5, "quantity": 2}]}}
                """.formatted(run, orderId));
        String wrappedKey = jdbc.sql("select k.wrapped_key from customer_data_keys k join customers c "
                        + "on c.id = k.customer_id where c.customer_key = ?")
                .param(key)
                .query(String.class)
                .single();
        String sealed = jdbc.sql("select p.sealed from customer_contacts p join customers c on c.id = p.customer_id "
                        + "where c.customer_key = ?")
                .param(key)
                .query(String.class)
                .single();

        checkpoint();
        assertThat(filesHolding(orderId)).as("the scan sees the plain order id").isNotEmpty();
        assertThat(filesHolding(sealed)).as("the scan sees the sealed contact").isNotEmpty();
        assertThat(filesHolding(email, name, street)).as("before erasure").isEmpty();

        ResponseEntity<JsonNode> erasure = http.withBasicAuth("compliance", "demo")
                .exchange("/api/customers/" + key + "/erasure", HttpMethod.POST, HttpEntity.EMPTY, JsonNode.class);
        assertThat(erasure.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select count(*) from customer_data_keys k join customers c on c.id = k.customer_id "
                                + "where c.customer_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();

        JdbcClient.create(owner).sql("VACUUM FULL customer_data_keys").update();
        checkpoint();
        assertThat(filesHolding(email, name, street)).as("after erasure").isEmpty();
        assertThat(tableFilesHolding(wrappedKey))
                .as("the customer's wrapped data key")
                .isEmpty();
    }

    private void checkpoint() {
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CHECKPOINT").update();
    }

    private List<String> filesHolding(String... values) {
        return filesHolding(dataDirectory(), values);
    }

    /** Tables and indexes only: base/ holds every database's relation files. */
    private List<String> tableFilesHolding(String... values) {
        return filesHolding(dataDirectory().resolve("base"), values);
    }

    private Path dataDirectory() {
        return Path.of(JdbcClient.create(postgres.getPostgresDatabase())
                .sql("SHOW data_directory")
                .query(String.class)
                .single());
    }

    /** Every file under the folder (tables, indexes, WAL, ...) whose bytes contain one of the values in UTF-8. */
    private static List<String> filesHolding(Path folder, String... values) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String bytes = latin1(file);
                for (String value : values) {
                    if (bytes.contains(
                            new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        found.add(folder.relativize(file) + ": " + value);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The file's bytes one char each, so that a byte search is a string search; empty for a file just removed. */
    private static String latin1(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (java.nio.file.NoSuchFileException removed) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.withBasicAuth("ingest", "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(path + " " + response.getBody())
                .isTrue();
        return response;
    }
}
