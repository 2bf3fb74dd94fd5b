package dev.easel.integrations.klaviyo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.Customers;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.integrations.IntegrationsProperties;
import dev.easel.testing.PostgresIntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Against a real HTTP server started here. Each phase uses a fresh relay, as a restarted service would: what survives
 * between them is the outbox in PostgreSQL. The customer's CLV is a map the test controls.
 */
@PostgresIntegrationTest
class KlaviyoSyncIT {

    @Autowired
    KlaviyoSync sync;

    @Autowired
    KlaviyoOutbox outbox;

    @Autowired
    MarketingSyncEligibility eligibility;

    @Autowired
    Customers customers;

    @Autowired
    Consents consents;

    @Autowired
    ObjectMapper json;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    JdbcClient jdbc;

    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final Map<String, Map<String, Object>> clv = new ConcurrentHashMap<>();
    private HttpServer server;

    /**
     * Other tests publish CLVs into the same database, which queues their customers' refreshes; the stand-in server
     * must see only this test's customer, so the queue starts empty.
     */
    @BeforeEach
    void emptyTheOutbox() {
        jdbc.sql("DELETE FROM klaviyo_outbox").update();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anOutageIsRetriedAndTheLatestUpdateArrivesOnce() throws Exception {
        String key = eligibleCustomer();
        clv.put(key, Map.of("historic_clv", 120.5, "predicted_clv", 40.0, "total_clv", 160.5));
        sync.refresh(key);

        URI down = startServer();
        server.stop(0);
        KlaviyoRelay whileDown = relay(down);
        whileDown.relay();
        URI up = startServer();
        unavailable.set(2);
        KlaviyoRelay relay = relay(up);
        relay.relay();
        clv.put(key, Map.of("historic_clv", 130.5, "predicted_clv", 42.0, "total_clv", 172.5));
        sync.refresh(key);
        for (int pass = 0; pass < 50 && outbox.find(key).get().state() == OutboxEntry.State.PENDING; pass++) {
            Thread.sleep(10);
            relay.relay();
        }

        assertThat(whileDown.failedAttempts()).isEqualTo(1);
        assertThat(relay.failedAttempts()).isEqualTo(2);
        assertThat(accepted).singleElement().satisfies(body -> {
            JsonNode attributes = body.path("data").path("attributes");
            assertThat(body.path("data").path("type").asText()).isEqualTo("profile");
            assertThat(attributes.path("external_id").asText()).isEqualTo(key);
            assertThat(attributes.path("properties").path("total_clv").asDouble())
                    .isEqualTo(172.5);
            assertThat(attributes.has("email")).isFalse();
        });
        assertThat(outbox.find(key)).get().extracting(OutboxEntry::synced).isEqualTo(true);
    }

    @Test
    void aBatchChunkQueuesRefreshesForEveryPublishedCustomerAndClearsOnlyThoseKlaviyoWasToldOf() {
        String known = "cus_kb_known_" + run;
        String fresh = "cus_kb_fresh_" + run;
        String suppressedKnown = "cus_kb_gone_" + run;
        String suppressedNever = "cus_kb_never_" + run;
        sync.refresh(known);
        sync.refresh(suppressedKnown);

        sync.refreshAll(List.of(known, fresh));
        sync.clearAll(List.of(suppressedKnown, suppressedNever));

        assertThat(outbox.find(known)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(OutboxEntry.Action.UPSERT);
            assertThat(entry.version()).isEqualTo(2);
            assertThat(entry.state()).isEqualTo(OutboxEntry.State.PENDING);
        });
        assertThat(outbox.find(fresh)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(OutboxEntry.Action.UPSERT);
            assertThat(entry.version()).isEqualTo(1);
        });
        assertThat(outbox.find(suppressedKnown)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(OutboxEntry.Action.CLEAR);
            assertThat(entry.version()).isEqualTo(2);
        });
        assertThat(outbox.find(suppressedNever)).isEmpty();
    }

    @Test
    void aNewerRequestReplacesAFailedOneAndStartsItsRetriesAfresh() {
        String customer = "cus_kb_retry_" + run;
        sync.refresh(customer);
        OutboxEntry first = outbox.find(customer).orElseThrow();
        outbox.failed(first, Instant.now().plusSeconds(3600), "503 from Klaviyo");

        sync.refreshAll(List.of(customer, customer));

        assertThat(outbox.find(customer)).get().satisfies(entry -> {
            assertThat(entry.version()).isEqualTo(2);
            assertThat(entry.attempts()).isZero();
            assertThat(entry.lastError()).isNull();
            assertThat(entry.nextAttemptAt()).isBefore(Instant.now().plusSeconds(60));
        });
    }

    @Test
    void aCustomerWhoOptsOutHasTheirPropertiesClearedAndGetsNoNewOnes() throws Exception {
        String key = eligibleCustomer();
        clv.put(key, Map.of("total_clv", 99.0));
        sync.refresh(key);
        KlaviyoRelay relay = relay(startServer());
        relay.relay();

        consents.record(
                new ConsentSubmission(
                        "kl-" + run,
                        "marketing-sync",
                        "WITHDRAWN",
                        "CONSENT",
                        OffsetDateTime.now().minusMinutes(1),
                        "web-form",
                        "2026-01",
                        "No more offers.",
                        null),
                "test");
        clv.put(key, Map.of("total_clv", 120.0));
        sync.refresh(key);
        relay.relay();
        sync.refresh(key);
        relay.relay();

        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(1).path("data").path("attributes").has("properties"))
                .isFalse();
        assertThat(accepted.get(1)
                        .path("data")
                        .path("meta")
                        .path("patch_properties")
                        .path("unset")
                        .toString())
                .contains("total_clv");
        assertThat(outbox.find(key)).get().extracting(OutboxEntry::synced).isEqualTo(false);
    }

    @Test
    void aGlobalPrivacyControlSignalInColoradoStopsTheSyncForGoodAndClearsTheProfileAtOnce() throws Exception {
        String customerId = "kl-co-" + run;
        String key = customers
                .record(new CustomerRequest(
                        customerId, "INDIVIDUAL", "US", "US-CO", null, null, null, null, null, null, "WEB"))
                .customerKey();
        assertThat(eligibility.allows(key))
                .as("an opt-out state: usable after notice")
                .isTrue();
        clv.put(key, Map.of("total_clv", 75.0));
        sync.refresh(key);
        KlaviyoRelay relay = relay(startServer());
        relay.relay();

        consents.recordGlobalPrivacyControl(key, "it");
        // The signal's transaction queued a clear; the recalculation it handed off has run since (and asked for a
        // refresh, which the relay sends as a clear while the customer is not eligible).
        relay.relay();

        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(1).path("data").path("attributes").has("properties"))
                .as("Easel's properties taken off at once")
                .isFalse();
        consents.record(
                new ConsentSubmission(
                        customerId,
                        "marketing-sync",
                        "GIVEN",
                        "CONSENT",
                        OffsetDateTime.now().plusSeconds(2),
                        "web-form",
                        "2026-01",
                        "Send me offers.",
                        null),
                "test");
        sync.refresh(key);
        relay.relay();

        assertThat(eligibility.allows(key))
                .as("Colorado requires honouring the signal")
                .isFalse();
        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(1).path("data").path("attributes").has("properties"))
                .isFalse();
        assertThat(outbox.find(key)).get().extracting(OutboxEntry::synced).isEqualTo(false);
    }

    @Test
    void inVirginiaWhichDoesNotRequireTheSignalALaterConsentLiftsTheGpcOptOut() {
        String customerId = "kl-va-" + run;
        String key = customers
                .record(new CustomerRequest(
                        customerId, "INDIVIDUAL", "US", "US-VA", null, null, null, null, null, null, "WEB"))
                .customerKey();
        consents.recordGlobalPrivacyControl(key, "it");
        assertThat(eligibility.allows(key)).isFalse();

        consents.record(
                new ConsentSubmission(
                        customerId,
                        "marketing-sync",
                        "GIVEN",
                        "CONSENT",
                        OffsetDateTime.now().plusSeconds(2),
                        "web-form",
                        "2026-01",
                        "Send me offers.",
                        null),
                "test");

        assertThat(eligibility.allows(key)).isTrue();
    }

    private String eligibleCustomer() {
        String customerId = "kl-" + run;
        String key = customers
                .record(new CustomerRequest(
                        customerId, "INDIVIDUAL", "DE", null, null, null, null, null, null, null, "WEB"))
                .customerKey();
        consents.record(
                new ConsentSubmission(
                        customerId,
                        "marketing-sync",
                        "GIVEN",
                        "CONSENT",
                        OffsetDateTime.now().minusDays(1),
                        "web-form",
                        "2026-01",
                        "Send me offers.",
                        null),
                "test");
        assertThat(eligibility.allows(key)).isTrue();
        return key;
    }

    /** A Klaviyo stand-in: 503 while {@code unavailable} counts down, then 202 with the body recorded. */
    private URI startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/profile-import", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = unavailable.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : 202;
            if (status == 202) {
                accepted.add(json.readTree(new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private KlaviyoRelay relay(URI baseUrl) {
        IntegrationsProperties properties = new IntegrationsProperties(
                null,
                null,
                new IntegrationsProperties.Klaviyo(
                        true,
                        baseUrl,
                        "test-key",
                        "2026-07-15",
                        Duration.ofSeconds(1),
                        Duration.ofMillis(1),
                        Duration.ofMillis(5),
                        50));
        return new KlaviyoRelay(
                outbox,
                new KlaviyoClient(properties, json),
                eligibility,
                key -> Optional.ofNullable(clv.get(key)),
                json,
                properties,
                Clock.systemUTC(),
                new SimpleMeterRegistry());
    }
}
