package dev.easel.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@PostgresIntegrationTest
class CsvImportIT {

    private static final String ORDERS_HEADER = "orderId,customerId,channel,placedAt,currency,sellerId,"
            + "promotionCodes,lineNo,sku,category,quantity,unitPrice,discount,lineSellerId\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CsvImports imports;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void customersSellersAndPromotions() {
        assertThat(imports.importFile(ImportKind.SELLERS, new StringReader("""
                sellerId,name,party,dpaSignedOn,country,region
                easel-%1$s,Easel,FIRST_PARTY,2024-01-01,DE,
                "brush, ink & co %1$s",Brush Ink,THIRD_PARTY,,US,US-CA
                """.formatted(run)), false)
                        .errorCount())
                .isZero();
        assertThat(imports.importFile(ImportKind.PROMOTIONS, new StringReader("""
                code,name,startsAt,endsAt,discountPercent,channel
                B2S-%s,Back to school,2025-08-01T00:00:00Z,2025-09-30T23:59:59Z,15,
                """.formatted(run)), false)
                        .errorCount())
                .isZero();
        assertThat(imports.importFile(ImportKind.CUSTOMERS, new StringReader("""
                customerId,type,country,region,birthYear,email,name,channel
                web-%1$s,INDIVIDUAL,US,US-CA,1990,cleo.%1$s@example.com,Cleo Park,WEB
                app-%1$s,INDIVIDUAL,US,,,Cleo.%1$s@Example.com,,APP
                school-%1$s,SCHOOL,GB,,,,,STORE
                """.formatted(run)), false)
                        .imported())
                .isEqualTo(3);
    }

    @Test
    void importsOrdersAndRefundsAndARepeatedFileChangesNothing() {
        String orders = ORDERS_HEADER + """
                o1-%1$s,web-%1$s,WEB,2025-09-01T10:15:00Z,EUR,easel-%1$s,B2S-%1$s,1,PNT-1,PAINTS,2,12.50,2.5,
                o1-%1$s,web-%1$s,WEB,2025-09-01T10:15:00Z,EUR,easel-%1$s,B2S-%1$s,2,BR-1,BRUSHES,1,8,0,"brush, ink & co %1$s"
                o2-%1$s,app-%1$s,APP,2025-09-02T10:15:00+02:00,USD,,,1,CNV-1,CANVAS,10,3,,"brush, ink & co %1$s"
                """.formatted(run);
        String refunds = """
                refundId,orderId,type,amount,currency,reason,occurredAt,lineNo,quantity,lineAmount
                r1-%1$s,o1-%1$s,RETURN,11,EUR,leaking tube,2025-09-05T10:00:00Z,1,1,11
                r2-%1$s,o2-%1$s,CANCELLATION,30,USD,,2025-09-02T11:00:00Z,,,
                """.formatted(run);

        ResponseEntity<JsonNode> imported = postCsv("/api/imports/orders", orders);
        ResponseEntity<JsonNode> refunded = postMultipart("/api/imports/refunds", refunds);
        ResponseEntity<JsonNode> repeated = postCsv("/api/imports/orders", orders);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().path("ordersImported").asLong()).isEqualTo(2);
        assertThat(imported.getBody().path("linesRead").asLong()).isEqualTo(3);
        assertThat(refunded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refunded.getBody().path("file").asText()).isEqualTo("refunds-" + run + ".csv");
        assertThat(repeated.getBody().path("unchanged").asLong()).isEqualTo(2);
        assertThat(repeated.getBody().path("ordersImported").asLong()).isZero();
        assertThat(count(
                        "select count(*) from orders o join customer_source_ids s on s.customer_id = o.customer_id "
                                + "where s.source_id = ?",
                        "web-" + run))
                .as("both orders belong to the merged customer")
                .isEqualTo(2);
        assertThat(count("select count(*) from refunds where refund_id like ?", "%-" + run))
                .isEqualTo(2);
    }

    @Test
    void oneBadLineStoresNothingAndTheErrorNamesItsLineAndField() {
        String orders = ORDERS_HEADER + """
                ok-%1$s,web-%1$s,WEB,2025-09-01T10:15:00Z,EUR,easel-%1$s,,1,PNT-1,PAINTS,2,12.50,0,
                bad-%1$s,web-%1$s,WEB,2025-09-01T10:15:00Z,EUR,easel-%1$s,,1,PNT-1,PAINTS,1,5,0,
                bad-%1$s,web-%1$s,WEB,2025-09-01T10:15:00Z,EUR,easel-%1$s,,2,PNT-2,PAINTS,1,5,6,
                bad2-%1$s,nobody-%1$s,WEB,yesterday,EUR,easel-%1$s,,1,PNT-1,PAINTS,1,5,0,
                """.formatted(run);

        ResponseEntity<JsonNode> response = postCsv("/api/imports/orders", orders);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("errorCount").asLong()).isEqualTo(2);
        JsonNode errors = response.getBody().path("errors");
        assertThat(errors.get(0).path("line").asLong()).isEqualTo(4);
        assertThat(errors.get(0).path("field").asText()).isEqualTo("discount");
        assertThat(errors.get(1).path("line").asLong()).isEqualTo(5);
        assertThat(errors.get(1).path("field").asText()).isEqualTo("placedAt");
        assertThat(count("select count(*) from orders where order_id like ?", "%-" + run))
                .isZero();
    }

    @Test
    void dryRunValidatesEverythingAndStoresNothing() {
        String orders = ORDERS_HEADER + """
                dry-%1$s,web-%1$s,STORE,2025-12-01T10:15:00Z,GBP,easel-%1$s,,1,PAP-1,PAPER,3,4.20,,
                """.formatted(run);

        ResponseEntity<JsonNode> response = postCsv("/api/imports/orders?dryRun=true", orders);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("dryRun").asBoolean()).isTrue();
        assertThat(response.getBody().path("ordersImported").asLong()).isEqualTo(1);
        assertThat(count("select count(*) from orders where order_id = ?", "dry-" + run))
                .isZero();
    }

    /** The foreign keys of the tables an orders bulk load suspends (other order_* tables keep theirs throughout). */
    private static final String SUSPENDED_FOREIGN_KEYS = "select count(*) from pg_constraint where contype = 'f' "
            + "and conrelid::regclass::text like ? "
            + "and conrelid::regclass::text in ('orders', 'order_lines', 'order_promotions')";

    @Test
    void aBulkLoadChecksItsReferencesAtTheEndAndPutsTheForeignKeysBack() {
        String good = ORDERS_HEADER + """
                bulk-%1$s,school-%1$s,STORE,2025-12-01T10:15:00Z,GBP,easel-%1$s,B2S-%1$s,1,KIT-1,KITS,30,9.99,,
                """.formatted(run);
        String bad = ORDERS_HEADER + """
                bulk2-%1$s,school-%1$s,STORE,2025-12-01T10:15:00Z,GBP,ghost-%1$s,,1,KIT-1,KITS,30,9.99,,
                """.formatted(run);
        int foreignKeys = count(SUSPENDED_FOREIGN_KEYS, "order%");

        ImportReport loaded = imports.bulkLoad(ImportKind.ORDERS, new StringReader(good));
        ImportReport refused = imports.bulkLoad(ImportKind.ORDERS, new StringReader(bad));

        assertThat(loaded.imported()).isEqualTo(1);
        assertThat(refused.errors()).extracting(ImportReport.LineError::field).containsExactly("sellerId");
        assertThat(count("select count(*) from orders where order_id like ?", "bulk%-" + run))
                .isEqualTo(1);
        assertThat(count(SUSPENDED_FOREIGN_KEYS, "order%"))
                .isEqualTo(foreignKeys)
                .isEqualTo(7);
    }

    @Test
    void aBulkLoadStoresWhatTheNormalImportStoresEvenTextThatCopyWouldReadAsControlCharacters() {
        // Backslash, tab and line breaks mean something in COPY's text format; quoted CSV cells may carry them.
        String orders = ORDERS_HEADER + """
                same-%2$s-%1$s,web-%1$s,WEB,2025-09-01T10:15:00+02:00,EUR,easel-%1$s,B2S-%1$s,1,"P\\N\tT",PAINTS,2,12.50,2.5,
                same-%2$s-%1$s,web-%1$s,WEB,2025-09-01T10:15:00+02:00,EUR,easel-%1$s,B2S-%1$s,2,"BR\\1
                x",BRUSHES,1,8,,"brush, ink & co %1$s"
                """;

        ImportReport normal =
                imports.importFile(ImportKind.ORDERS, new StringReader(orders.formatted(run, "n")), false);
        ImportReport bulk = imports.bulkLoad(ImportKind.ORDERS, new StringReader(orders.formatted(run, "b")));

        assertThat(normal.errors()).isEmpty();
        assertThat(bulk.errors()).isEmpty();
        assertThat(bulk.imported()).isEqualTo(normal.imported()).isEqualTo(1);
        assertThat(stored("same-b-" + run))
                .isEqualTo(stored("same-n-" + run))
                .contains("P\\N\tT", "BR\\1\nx", "B2S-" + run, "brush, ink & co " + run);
    }

    /** An order as stored, its lines and promotions, without what differs by order id (ids, hash, time recorded). */
    private String stored(String orderId) {
        return jdbc.sql("select concat_ws('|', c.customer_key, o.channel, o.placed_at, o.currency, o.seller_id, "
                        + "o.total, (select string_agg(concat_ws('/', l.line_no, l.sku, l.category, "
                        + "l.quantity, l.unit_price, l.discount, l.line_total, l.seller_id), ';' order by l.line_no) "
                        + "from order_lines l where l.order_id = o.id), (select string_agg(p.promotion_code, ';') "
                        + "from order_promotions p where p.order_id = o.id)) from orders o "
                        + "join customers c on c.id = o.customer_id where o.order_id = ?")
                .param(orderId)
                .query(String.class)
                .single();
    }

    @Test
    void aFileOfManyChunksReportsEveryBadLineWhereverItIsAndStoresNothing() {
        int orders = 9_000;
        StringBuilder csv = new StringBuilder(ORDERS_HEADER);
        for (int order = 0; order < orders; order++) {
            String price = order == 10 || order == 4_000 ? "lots" : "2.50";
            String seller = order == orders - 1 ? "ghost-" + run : "easel-" + run;
            csv.append("many-%d-%s,web-%s,WEB,2025-09-01T10:15:00Z,EUR,%s,,1,PNT-1,PAINTS,1,%s,0,\n"
                    .formatted(order, run, run, seller, price));
        }

        ImportReport report = imports.importFile(ImportKind.ORDERS, new StringReader(csv.toString()), false);

        assertThat(report.linesRead()).isEqualTo(orders);
        assertThat(report.imported()).isZero();
        assertThat(report.errors())
                .extracting(error -> error.line() + " " + error.field())
                .containsExactly("12 unitPrice", "4002 unitPrice", (orders + 1) + " sellerId");
        assertThat(count("select count(*) from orders where order_id like ?", "many-%-" + run))
                .isZero();
    }

    @Test
    void aDryRunOfManyChunksValidatesThemAllAndStoresNothing() {
        StringBuilder csv = new StringBuilder(ORDERS_HEADER);
        for (int order = 0; order < 12_000; order++) {
            csv.append("dry-%d-%s,web-%s,WEB,2025-09-01T10:15:00Z,EUR,easel-%s,,1,PNT-1,PAINTS,1,2.50,0,\n"
                    .formatted(order, run, run, run));
        }

        ImportReport report = imports.importFile(ImportKind.ORDERS, new StringReader(csv.toString()), true);

        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(12_000);
        assertThat(count("select count(*) from orders where order_id like ?", "dry-%-" + run))
                .isZero();
    }

    @Test
    void refusesAFileWithTheWrongHeader() {
        ResponseEntity<JsonNode> response = postCsv("/api/imports/refunds", "refundId,orderId\nr,o\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().path("errors").get(0).path("field").asText())
                .isEqualTo("header");
    }

    private int count(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Integer.class).single();
    }

    private ResponseEntity<JsonNode> postCsv(String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.withBasicAuth("ingest", "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(csv, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> postMultipart(String path, String csv) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "refunds-" + run + ".csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("admin", "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }
}
