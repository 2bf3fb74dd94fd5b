package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRunner;
import dev.easel.clv.ModelFits;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.consent.GlobalPrivacyControl;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.recalculation.ClvRecalculationProcess;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The consent-compliance report on the demo marketplace, loaded at start as the embedded default loads it (about
 * 2,000 customers in the EU, the UK, Switzerland, Brazil, Canada and a dozen US states, with withdrawals, objections,
 * opt-outs and GPC signals), after a fit and one batch run: every "no" is honoured; and still after a week of
 * simulated shop traffic through the REST API, with the recalculations it triggers run by the hand-off relay's threads
 * while the traffic arrives, as in service. Its own database, so that other tests' customers do not count. Prints the figures
 * (docs/consent.md quotes them).
 */
@PostgresIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsentComplianceDemoIT {

    private static final String SIGNALS = "2 Withdrawals, objections, opt-outs and GPC signals received";
    private static final List<String> NOES = List.of("WITHDRAWN", "OPTED_OUT", "OBJECTED", "GPC signal");
    private static final Duration RECALCULATIONS_TIMEOUT = Duration.ofMinutes(10);

    /** Country, region (or empty), currency: new customers arrive from these. */
    private static final String[][] JURISDICTIONS = {
        {"US", "US-NY", "USD"},
        {"US", "US-TX", "USD"},
        {"US", "US-CO", "USD"},
        {"US", "US-CA", "USD"},
        {"US", "US-VA", "USD"},
        {"CA", "CA-ON", "USD"},
        {"CA", "CA-QC", "USD"},
        {"FR", "", "EUR"},
        {"DE", "", "EUR"},
        {"GB", "", "GBP"},
        {"BR", "", "USD"},
        {"US", "US-OR", "USD"},
        {"NL", "", "EUR"},
        {"US", "US-FL", "USD"}
    };

    /** The demo's batch run, done once for the whole class (the first test that needs it does it). */
    private static BatchRun demoRun;

    @DynamicPropertySource
    static void demoMarketplace(DynamicPropertyRegistry registry) {
        registry.add("easel.demo.load-on-empty-database", () -> "true");
        // As in service: the relay's own threads run the recalculations while the traffic arrives, so a "no" can meet
        // the round of the order just before it.
        registry.add("easel.workflow.recalculation.asynchronous-requests", () -> "true");
    }

    @Autowired
    ModelFits fits;

    @Autowired
    ClvBatchRunner runner;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService history;

    @Test
    @Order(1)
    void everyWithdrawalOptOutObjectionAndGpcSignalIsHonouredAfterABatchRun() throws IOException {
        BatchRun run = demoBatchRun();

        List<String[]> signals = honouredSignals();
        signals.forEach(row -> System.out.printf(
                "consent-compliance on the demo (%d customers, run %s): %s %s " + "honoured %s of %s (%s %%)%n",
                customers(), run.runId(), row[1], row[2], row[4], row[5], row[6]));
        assertEveryNoHonoured(signals, "after the batch run");
    }

    @Test
    @Order(2)
    void everyNoStaysHonouredThroughAWeekOfShopTrafficAndItsRecalculations() throws Exception {
        demoBatchRun();
        Map<String, Long> before = bases(honouredSignals());
        awaitRecalculations();
        long roundsBefore = rounds();
        OffsetDateTime trafficStarted = OffsetDateTime.now(ZoneOffset.UTC);

        ShopTraffic traffic = new ShopTraffic(new Random(20261202L), buyers(), sellerIds());
        traffic.simulateWeek();
        awaitRecalculations();
        long publishedByTraffic = jdbc.sql(
                        "SELECT COUNT(*) FROM decision_log WHERE kind = 'CLV_PUBLISHED' " + "AND recorded_at > ?")
                .param(trafficStarted)
                .query(Long.class)
                .single();
        long suppressedByTraffic = jdbc.sql(
                        "SELECT COUNT(*) FROM decision_log WHERE kind = 'CLV_SUPPRESSED' " + "AND recorded_at > ?")
                .param(trafficStarted)
                .query(Long.class)
                .single();
        List<String[]> afterTraffic = honouredSignals();
        String trafficFigures = figures(afterTraffic);

        BatchRun again = runner.runAll("admin");
        List<String[]> signals = honouredSignals();
        System.out.printf(
                "consent-compliance on the demo after a week of simulated traffic (%s; %d recalculation "
                        + "rounds ran, %d CLV published and %d suppressed by them): after the traffic %s; after one more "
                        + "batch run (%s, %s): %s%n",
                traffic.summary(),
                rounds() - roundsBefore,
                publishedByTraffic,
                suppressedByTraffic,
                trafficFigures,
                again.runId(),
                again.status(),
                figures(signals));

        List<String> notHonoured = notHonoured(trafficStarted);
        notHonoured.forEach(line -> System.out.println("NOT HONOURED: " + line));

        assertThat(again.status()).isEqualTo("FINISHED");
        assertThat(publishedByTraffic)
                .as("CLVs the traffic's recalculations published")
                .isPositive();
        Map<String, Long> after = bases(signals);
        assertThat(after.get("WITHDRAWN") - before.get("WITHDRAWN"))
                .as("withdrawals the traffic added")
                .isEqualTo(traffic.sent("WITHDRAWN"))
                .isGreaterThanOrEqualTo(14);
        assertThat(after.get("OPTED_OUT") - before.get("OPTED_OUT"))
                .as("opt-outs the traffic added")
                .isEqualTo(traffic.sent("OPTED_OUT"))
                .isGreaterThanOrEqualTo(7);
        assertThat(after.get("OBJECTED") - before.get("OBJECTED"))
                .as("objections the traffic added")
                .isEqualTo(traffic.sent("OBJECTED"))
                .isGreaterThanOrEqualTo(7);
        assertThat(after.get("GPC signal") - before.get("GPC signal"))
                .as("GPC signals the traffic added")
                .isEqualTo(traffic.sent("GPC"))
                .isGreaterThanOrEqualTo(7);
        assertEveryNoHonoured(afterTraffic, "after the traffic; " + notHonoured);
        assertEveryNoHonoured(signals, "after the traffic and a batch run; " + notHonoured);
    }

    /** Fits the model and runs one batch over the demo marketplace, once for the class. */
    private BatchRun demoBatchRun() {
        synchronized (ConsentComplianceDemoIT.class) {
            if (demoRun == null) {
                assertThat(customers()).as("the demo marketplace was loaded").isGreaterThan(1_000);
                assertThat(jdbc.sql("SELECT COUNT(DISTINCT region) FROM customers WHERE region IS NOT NULL")
                                .query(Long.class)
                                .single())
                        .isGreaterThanOrEqualTo(10);
                fits.fitNow(ModelTimeUnit.WEEKS, null, "admin");
                demoRun = runner.runAll("admin");
                assertThat(demoRun.status()).isEqualTo("FINISHED");
            }
            return demoRun;
        }
    }

    private long customers() {
        return jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
    }

    /** Section 2 of the report as COMPLIANCE reads it (CSV): the rows that measure "honoured" (clv-profiling). */
    private List<String[]> honouredSignals() throws IOException {
        return ReportsIT.csv(http.withBasicAuth("compliance", "demo")
                        .getForEntity("/api/reports/consent-compliance?format=csv", byte[].class))
                .stream()
                .filter(row -> row[0].equals(SIGNALS) && row[3].equals("honoured"))
                .toList();
    }

    private static void assertEveryNoHonoured(List<String[]> signals, String when) {
        assertThat(signals).extracting(row -> row[2]).containsAll(NOES);
        assertThat(signals)
                .allSatisfy(row -> assertThat(row[4])
                        .as("%s %s honoured, %s", row[1], row[2], when)
                        .isEqualTo(row[5]));
        assertThat(signals)
                .allSatisfy(row -> assertThat(Long.parseLong(row[5])).as(row[2]).isPositive());
    }

    /**
     * The "noes" since {@code since} that the report counts as not honoured (its definition: a CLV_PUBLISHED record
     * for the customer after the no, with no newer GIVEN before it), each with the customer's audit records around it.
     */
    private List<String> notHonoured(OffsetDateTime since) {
        return jdbc.sql("""
                SELECT e.id, e.customer_key, c.country, c.region, e.status, e.signal, e.captured_at, e.recorded_at,
                       (SELECT MIN(s.source_id) FROM customer_source_ids s WHERE s.customer_id = c.id) AS source_id
                  FROM consent_events e JOIN customers c ON c.customer_key = e.customer_key
                 WHERE e.purpose = 'clv-profiling' AND (e.status <> 'GIVEN' OR e.signal = 'GPC')
                   AND e.recorded_at > ?
                   AND EXISTS (SELECT 1 FROM decision_log d
                                WHERE d.customer_key = e.customer_key AND d.kind = 'CLV_PUBLISHED'
                                  AND d.recorded_at > e.recorded_at
                                  AND NOT EXISTS (SELECT 1 FROM consent_events g
                                                   WHERE g.customer_key = e.customer_key
                                                     AND g.purpose = e.purpose AND g.status = 'GIVEN'
                                                     AND g.recorded_at > e.recorded_at
                                                     AND g.recorded_at < d.recorded_at))
                 ORDER BY e.id""")
                .param(since)
                .query((rs, n) -> {
                    String key = rs.getString("customer_key");
                    OffsetDateTime recorded = rs.getObject("recorded_at", OffsetDateTime.class);
                    String audit = jdbc.sql("""
                            SELECT kind, recorded_at, actor, process_instance FROM decision_log
                             WHERE customer_key = ? AND recorded_at > ? ORDER BY id""")
                            .params(key, recorded.minusSeconds(5))
                            .query((a, m) -> a.getString(1) + "@"
                                    + a.getObject(2, OffsetDateTime.class).toLocalTime() + " by " + a.getString(3)
                                    + " (" + a.getString(4) + ")")
                            .list()
                            .toString();
                    String consents = jdbc.sql("""
                            SELECT status, signal, captured_at, recorded_at FROM consent_events
                             WHERE customer_key = ? AND purpose = 'clv-profiling' ORDER BY captured_at, id""")
                            .param(key)
                            .query((a, m) -> a.getString(1) + (a.getString(2) == null ? "" : "/" + a.getString(2))
                                    + " captured " + a.getObject(3, OffsetDateTime.class) + " recorded "
                                    + a.getObject(4, OffsetDateTime.class).toLocalTime())
                            .list()
                            .toString();
                    return ("customer %s (%s, %s%s): %s%s recorded %s; clv-profiling consents %s; "
                                    + "audit from 5 s before: %s")
                            .formatted(
                                    key,
                                    rs.getString("source_id"),
                                    rs.getString("country"),
                                    rs.getString("region") == null ? "" : " " + rs.getString("region"),
                                    rs.getString("status"),
                                    rs.getString("signal") == null ? "" : "/GPC",
                                    recorded.toLocalTime(),
                                    consents,
                                    audit);
                })
                .list();
    }

    private static Map<String, Long> bases(List<String[]> signals) {
        return signals.stream().collect(Collectors.toMap(row -> row[2], row -> Long.parseLong(row[5])));
    }

    private static String figures(List<String[]> signals) {
        return signals.stream()
                .map(row -> row[1] + " " + row[2] + " " + row[4] + "/" + row[5] + " (" + row[6] + " %)")
                .collect(Collectors.joining(", "));
    }

    /**
     * Until every hand-off is relayed: a round runs in the transaction that deletes its hand-off. A round that fails
     * (the CLV computation refuses a customer whose consent changed since the gate) rolls back with its hand-off, and
     * the relay tries it again, taking the gate again.
     */
    private void awaitRecalculations() throws InterruptedException {
        long deadline = System.nanoTime() + RECALCULATIONS_TIMEOUT.toNanos();
        long handoffs;
        while ((handoffs = jdbc.sql("SELECT COUNT(*) FROM workflow_handoffs")
                        .query(Long.class)
                        .single())
                > 0) {
            assertThat(System.nanoTime())
                    .as("recalculations still pending: %d hand-offs", handoffs)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Recalculation rounds that have ended, so far. */
    private long rounds() {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ClvRecalculationProcess.KEY)
                .finished()
                .count();
    }

    private List<Buyer> buyers() {
        return jdbc.sql("""
                SELECT MIN(s.source_id), c.customer_key, MIN(o.currency), MIN(o.seller_id)
                  FROM customers c
                  JOIN customer_source_ids s ON s.customer_id = c.id
                  JOIN orders o ON o.customer_id = c.id
                 GROUP BY c.id, c.customer_key
                HAVING COUNT(DISTINCT o.currency) = 1 AND MIN(o.seller_id) IS NOT NULL
                 ORDER BY c.id""")
                .query((rs, n) -> new Buyer(rs.getString(1), rs.getString(3), rs.getString(4)))
                .list();
    }

    private List<String> sellerIds() {
        return jdbc.sql("SELECT seller_id FROM sellers ORDER BY seller_id")
                .query(String.class)
                .list();
    }

    record Buyer(String customerId, String currency, String sellerId) {}

    /**
     * A week of a shop's traffic ending now (days now-7 .. now, every time in the past, later for each request): new
     * orders for existing customers, returns, withdrawals, opt-outs, objections, GPC signals (the {@code Sec-GPC: 1}
     * header with the opt-out it caused), consent given again after a withdrawal, and new customers in several
     * jurisdictions with their consent and first order; and orders from customers who just said no. Half of the noes
     * come right after an order of the same customer, so they meet that order's recalculation in flight.
     */
    final class ShopTraffic {

        private final Random random;
        private final List<Buyer> buyers;
        private final List<String> sellers;
        private final List<Buyer> saidNo = new ArrayList<>();
        private final List<Buyer> withdrew = new ArrayList<>();
        private final List<String[]> ordersThisWeek = new ArrayList<>();
        private final Map<String, Integer> sent = new LinkedHashMap<>();
        private int requests;
        private int sequence;
        private int newCustomers;
        private int boughtThenSaidNo;
        private OffsetDateTime clock;

        ShopTraffic(Random random, List<Buyer> buyers, List<String> sellers) {
            this.random = random;
            this.buyers = new ArrayList<>(buyers);
            this.sellers = sellers;
            assertThat(this.buyers).hasSizeGreaterThan(500);
        }

        void simulateWeek() {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            for (int day = 7; day >= 1; day--) {
                // 40 requests at most 25 minutes apart stay within the day, so every time is in the past.
                clock = now.minusDays(day).plusMinutes(1);
                for (int n = 0; n < 2; n++) {
                    newCustomer();
                }
                for (int n = 0; n < 10; n++) {
                    order(anyBuyer());
                }
                for (int n = 0; n < 2; n++) {
                    refund();
                }
                for (int n = 0; n < 3; n++) {
                    Buyer who = sayingNo();
                    consent(who, "WITHDRAWN", "CONSENT", null);
                    withdrew.add(who);
                    saidNo.add(who);
                }
                Buyer optingOut = sayingNo();
                consent(optingOut, "OPTED_OUT", "LEGITIMATE_INTEREST", null);
                saidNo.add(optingOut);
                Buyer objecting = sayingNo();
                consent(objecting, "OBJECTED", "LEGITIMATE_INTEREST", null);
                saidNo.add(objecting);
                Buyer gpc = sayingNo();
                consent(gpc, "OPTED_OUT", "LEGITIMATE_INTEREST", "GPC");
                saidNo.add(gpc);
                if (withdrew.size() > 3) {
                    // Someone who withdrew on an earlier day consents again, and buys.
                    Buyer again = withdrew.remove(random.nextInt(withdrew.size() - 3));
                    consent(again, "GIVEN", "CONSENT", null);
                    saidNo.remove(again);
                    order(again);
                }
                for (int n = 0; n < 4 && !saidNo.isEmpty(); n++) {
                    // Customers who said no keep buying: their recalculations must not publish.
                    order(saidNo.get(random.nextInt(saidNo.size())));
                }
            }
        }

        int sent(String what) {
            return sent.getOrDefault(what, 0);
        }

        String summary() {
            return requests + " requests over 7 days: " + sent + ", " + boughtThenSaidNo
                    + " of the noes right after an order";
        }

        private Buyer anyBuyer() {
            return buyers.get(random.nextInt(buyers.size()));
        }

        /**
         * A customer about to say no; every other one buys first, so that the "no" often arrives while the
         * recalculation of that order is running.
         */
        private Buyer sayingNo() {
            Buyer who = anyBuyer();
            if (random.nextBoolean()) {
                order(who);
                boughtThenSaidNo++;
            }
            return who;
        }

        private OffsetDateTime tick() {
            clock = clock.plusMinutes(1 + random.nextInt(25));
            return clock;
        }

        private void newCustomer() {
            String[] where = JURISDICTIONS[newCustomers++ % JURISDICTIONS.length];
            String id = "traffic-customer-" + (++sequence);
            post(
                    "/api/customers",
                    """
                    {"customerId":"%s","type":"INDIVIDUAL","country":"%s",%s"email":"%s@example.test",\
                    "channel":"WEB"}""".formatted(id, where[0], where[1].isEmpty() ? "" : "\"region\":\"" + where[1] + "\",", id),
                    null,
                    "customer");
            Buyer buyer = new Buyer(id, where[2], sellers.get(random.nextInt(sellers.size())));
            consent(buyer, "GIVEN", "CONSENT", null);
            order(buyer);
            buyers.add(buyer);
        }

        private void order(Buyer buyer) {
            String orderId = "traffic-order-" + (++sequence);
            int quantity = 1 + random.nextInt(3);
            String price = String.format(Locale.ROOT, "%.2f", 5 + random.nextInt(7_500) / 100.0);
            post(
                    "/api/orders",
                    """
                    {"orderId":"%s","customerId":"%s","channel":"WEB","placedAt":"%s","currency":"%s",\
                    "sellerId":"%s","lines":[{"lineNo":1,"sku":"SKU-%d","category":"PAINTS","quantity":%d,\
                    "unitPrice":%s}]}""".formatted(
                                    orderId,
                                    buyer.customerId(),
                                    tick(),
                                    buyer.currency(),
                                    buyer.sellerId(),
                                    random.nextInt(500),
                                    quantity,
                                    price),
                    null,
                    "order");
            ordersThisWeek.add(new String[] {orderId, buyer.currency(), price});
        }

        private void refund() {
            String[] order = ordersThisWeek.remove(random.nextInt(ordersThisWeek.size()));
            post(
                    "/api/orders/" + order[0] + "/refunds",
                    """
                    {"refundId":"traffic-refund-%d","type":"RETURN","amount":%s,"currency":"%s",\
                    "reason":"damaged","occurredAt":"%s"}""".formatted(++sequence, order[2], order[1], tick()),
                    null,
                    "refund");
        }

        private void consent(Buyer buyer, String status, String basis, String signal) {
            HttpHeaders headers = new HttpHeaders();
            if (signal != null) {
                headers.set(GlobalPrivacyControl.HEADER, "1");
            }
            post(
                    "/api/consents",
                    """
                    {"customerId":"%s","purpose":"clv-profiling","status":"%s","lawfulBasis":"%s","capturedAt":"%s",\
                    "source":"%s","policyVersion":"2026-11","wording":"Simulated shop traffic: %s"%s}""".formatted(
                                    buyer.customerId(),
                                    status,
                                    basis,
                                    tick(),
                                    signal == null ? "privacy-centre" : "gpc-header",
                                    status,
                                    signal == null ? "" : ",\"signal\":\"" + signal + "\""),
                    headers,
                    signal != null ? signal : status);
        }

        private void post(String path, String json, HttpHeaders extra, String what) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            if (extra != null) {
                headers.addAll(extra);
            }
            ResponseEntity<String> answer = http.withBasicAuth("ingest", "demo")
                    .exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
            requests++;
            assertThat(answer.getStatusCode().value())
                    .as("%s %s answered %s", path, json, answer.getBody())
                    .isIn(200, 201);
            if (answer.getStatusCode().value() == 201) {
                sent.merge(what, 1, Integer::sum);
            }
        }
    }
}
