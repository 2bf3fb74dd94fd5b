package dev.easel.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ModelFits;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.commerce.CsvImports;
import dev.easel.consent.ConsentImports;
import dev.easel.testing.LatencySample;
import dev.easel.testing.OrderPoster;
import dev.easel.testing.PostgresIntegrationTest;
import dev.easel.workflow.bench.BenchmarkMarketplace.Buyer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Recalculations end to end on PostgreSQL (docs/benchmarks.md, "Recalculation workflow"). Off by default: run with
 * {@code -Deasel.benchmark.recalculations=2000} (orders in the measured phase, each for a different customer);
 * {@code -Deasel.benchmark.recalculation-clients=8} concurrent HTTP clients, and
 * {@code -Deasel.benchmark.recalculation-customers=20000} customers in the generated marketplace, and
 * {@code -Deasel.benchmark.recalculation-rate=10} orders per second in a paced phase (a quarter as many orders), and
 * {@code -Deasel.benchmark.recalculation-sustained-rate=100} orders per second in a last, sustained phase (as many orders
 * as the measured one): the measured phase sends as fast as the clients can, so its latencies include the queue that
 * builds up; the paced phase stays below capacity and shows the latency of one recalculation; the sustained phase shows
 * whether decisions keep up with a steady rate (they do when its decisions/s is the offered rate and its p99 stays
 * flat).
 *
 * <p>Each phase also splits the order-to-decision time where Camunda's history shows the steps: order answered (its
 * commit), instance started by a relay thread (the round runs on in that thread's transaction), decision committed.
 *
 * <p>Each order goes through the REST API; its commit hands off a recalculation, which a relay thread takes after the
 * commit: it starts {@code clv-recalculation}, whose round runs through in the relay's transaction (consent gate, CLV,
 * review rules, publish or flag). The latency of a
 * customer is from sending the order to the commit of that recalculation's decision; the rate is orders over the time
 * from the first order sent to the last decision committed.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "easel.benchmark.recalculations", matches = "\\d+")
@Import(DecisionTimes.Configuration.class)
// As in service: hand-offs leave the committing thread for the relay's threads, and the job executor runs the rest.
@TestPropertySource(
        properties = {
            "easel.workflow.recalculation.asynchronous-requests=true",
            "camunda.bpm.job-execution.enabled=true"
        })
class RecalculationThroughputBenchmarkIT {

    private static final Duration DECISION_TIMEOUT = Duration.ofMinutes(15);

    @LocalServerPort
    int port;

    private OrderPoster orders;

    @Autowired
    CsvImports imports;

    @Autowired
    ConsentImports consents;

    @Autowired
    ModelFits fits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DecisionTimes decisions;

    @Test
    void recalculatesCustomersAsTheirOrdersArrive() throws InterruptedException {
        orders = new OrderPoster(port);
        int measured = Integer.getInteger("easel.benchmark.recalculations");
        int clients = Integer.getInteger("easel.benchmark.recalculation-clients", 8);
        int customers = Integer.getInteger("easel.benchmark.recalculation-customers", 20_000);
        double rate = Double.parseDouble(System.getProperty("easel.benchmark.recalculation-rate", "10"));
        int warmUp = Math.min(500, measured);
        int paced = Math.max(1, measured / 4);
        double sustainedRate =
                Double.parseDouble(System.getProperty("easel.benchmark.recalculation-sustained-rate", "100"));
        int sustained = sustainedRate > 0 ? measured : 0;
        BenchmarkMarketplace.load(customers, imports, consents);
        assertThat(fits.fitNow(ModelTimeUnit.DAYS, null, "benchmark").status()).isEqualTo("FITTED");
        List<Buyer> buyers = BenchmarkMarketplace.buyers(jdbc, warmUp + measured + paced + sustained);
        assertThat(buyers).hasSize(warmUp + measured + paced + sustained);

        phase("warm-up", buyers.subList(0, warmUp), clients, 0);
        phase("measured", buyers.subList(warmUp, warmUp + measured), clients, 0);
        phase("paced", buyers.subList(warmUp + measured, warmUp + measured + paced), clients, rate);
        if (sustained > 0) {
            int from = warmUp + measured + paced;
            phase("sustained", buyers.subList(from, from + sustained), clients, sustainedRate);
        }
    }

    /** @param rate orders per second over all clients, or 0 for as fast as they can */
    private void phase(String name, List<Buyer> buyers, int clients, double rate) throws InterruptedException {
        decisions.forget();
        long[] sentAt = new long[buyers.size()];
        long[] answeredIn = new long[buyers.size()];
        long[] answeredAtMillis = new long[buyers.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Thread thread = new Thread(
                    () -> {
                        int index;
                        while ((index = next.getAndIncrement()) < buyers.size()) {
                            if (rate > 0) {
                                sleepUntil(started + (long) (index * 1e9 / rate));
                            }
                            sentAt[index] = System.nanoTime();
                            if (orders.post(order(name, index, buyers.get(index))) != 201) {
                                refused.incrementAndGet();
                            }
                            answeredIn[index] = System.nanoTime() - sentAt[index];
                            answeredAtMillis[index] = System.currentTimeMillis();
                        }
                    },
                    "bench-client-" + client);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double sendingSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(refused.get()).as("orders not answered 201").isZero();

        long deadline = System.nanoTime() + DECISION_TIMEOUT.toNanos();
        long[] latencies = new long[buyers.size()];
        Map<String, Integer> outcomes = new TreeMap<>();
        long lastDecision = started;
        for (int i = 0; i < buyers.size(); i++) {
            String key = buyers.get(i).customerKey();
            Long decided;
            while ((decided = decisions.decidedAt(key)) == null || decided < sentAt[i]) {
                assertThat(System.nanoTime()).as("decision for customer " + key).isLessThan(deadline);
                Thread.sleep(20);
            }
            latencies[i] = decided - sentAt[i];
            lastDecision = Math.max(lastDecision, decided);
            outcomes.merge(decisions.outcome(key), 1, Integer::sum);
        }
        double seconds = (lastDecision - started) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        LatencySample http = new LatencySample(answeredIn);
        LatencySample endToEnd = new LatencySample(latencies);
        System.out.printf(
                "BENCHMARK recalculation %s, %d clients: %d orders sent in %.1f s (HTTP p50 %.1f ms, "
                        + "p99 %.1f ms); %d recalculations decided in %.1f s = %.1f recalculations/s; order to decision "
                        + "p50 %.0f ms, p99 %.0f ms, max %.0f ms; outcomes %s; load average %.1f -> %.1f%n",
                name,
                clients,
                buyers.size(),
                sendingSeconds,
                http.percentileMillis(50),
                http.percentileMillis(99),
                buyers.size(),
                seconds,
                buyers.size() / seconds,
                endToEnd.percentileMillis(50),
                endToEnd.percentileMillis(99),
                endToEnd.maxMillis(),
                outcomes,
                loadBefore,
                loadAfter);
        steps(name, buyers, answeredAtMillis, latencies, answeredIn);
    }

    /**
     * Where an order's decision time goes, from Camunda's history of the phase's instances: order answered, answered to
     * instance started (waiting for a relay thread, including the rounds before it in the same batch), and the round
     * with its commit.
     */
    private void steps(String name, List<Buyer> buyers, long[] answeredAtMillis, long[] latencies, long[] answeredIn) {
        Map<String, Long> started = new TreeMap<>();
        jdbc.query(
                "SELECT business_key_, start_time_ FROM act_hi_procinst WHERE proc_def_key_ = 'clv-recalculation'",
                row -> {
                    started.merge(row.getString(1), row.getTimestamp(2).getTime(), Math::max);
                });
        List<Long> relay = new ArrayList<>();
        List<Long> round = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            Long startedAt = started.get(buyers.get(i).customerKey());
            if (startedAt == null || startedAt < answeredAtMillis[i] - 1000) {
                continue;
            }
            long answeredToStart = Math.max(0, startedAt - answeredAtMillis[i]) * 1_000_000;
            relay.add(answeredToStart);
            round.add(Math.max(0, latencies[i] - answeredIn[i] - answeredToStart));
        }
        System.out.printf(
                "BENCHMARK recalculation %s steps (%d of %d instances in history): order answered p50 %.0f / p99 %.0f"
                        + " ms; answered to instance started p50 %.0f / p99 %.0f ms; the round and its commit p50 %.0f /"
                        + " p99 %.0f ms%n",
                name,
                relay.size(),
                buyers.size(),
                new LatencySample(answeredIn).percentileMillis(50),
                new LatencySample(answeredIn).percentileMillis(99),
                sample(relay).percentileMillis(50),
                sample(relay).percentileMillis(99),
                sample(round).percentileMillis(50),
                sample(round).percentileMillis(99));
    }

    private static LatencySample sample(List<Long> nanos) {
        return new LatencySample(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** An everyday order of two lines, in the buyer's currency and from a seller they bought from. */
    private static String order(String phase, int index, Buyer buyer) {
        return String.format(
                """
                {"orderId":"recalc-%s-%d","customerId":"%s","channel":"WEB","placedAt":"2026-11-%02dT10:15:00Z",\
                "currency":"%s","sellerId":"%s","lines":[\
                {"lineNo":1,"sku":"SKU-%d","category":"PAINTS","quantity":2,"unitPrice":12.50},\
                {"lineNo":2,"sku":"SKU-%d","category":"BRUSHES","quantity":1,"unitPrice":8.90}]}""",
                phase,
                index,
                buyer.sourceId(),
                1 + index % 20,
                buyer.currency(),
                buyer.sellerId(),
                index % 500,
                500 + index % 500);
    }
}
