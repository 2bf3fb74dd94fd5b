package dev.easel.rules.bench;

import dev.easel.rules.AdjustmentEvaluation;
import dev.easel.rules.ConsentEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RulesetCompiler;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentStatus;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.LawfulBasis;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.SellerParty;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Consent gate plus CLV adjustments for customers with 20 orders each, on the project's rules, in one thread: the
 * score is customers per second per core. Compares a fresh stateless session per customer with one session reused
 * for a chunk of 1,000 customers. How to run it: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(1)
public class RulesBenchmark {

    static final int CHUNK = 1_000;
    static final int ORDERS_PER_CUSTOMER = 20;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String[][] PLACES = {
        {"FR", null}, {"DE", null}, {"GB", null}, {"US", "US-CA"}, {"US", "US-NY"}, {"JP", null}
    };

    private RuleEngine engine;
    private List<ConsentEvaluation> consents;
    private List<AdjustmentEvaluation> adjustments;

    @Setup(Level.Trial)
    public void loadRulesAndCustomers() {
        engine = new RuleEngine(
                LiveRules.strict(Path.of(System.getProperty("easel.rules.location", "rules")), new RulesetCompiler()));
        Random random = new Random(20261122);
        consents = new ArrayList<>(CHUNK);
        adjustments = new ArrayList<>(CHUNK);
        for (int i = 0; i < CHUNK; i++) {
            String key = "bench-" + i;
            String[] place = PLACES[i % PLACES.length];
            CustomerType type = i % 25 == 0 ? CustomerType.SCHOOL : CustomerType.INDIVIDUAL;
            Customer customer = new Customer(key, type, place[0], place[1], 1950 + random.nextInt(60));
            consents.add(new ConsentEvaluation(TODAY, customer, consentsOf(key, random)));
            adjustments.add(new AdjustmentEvaluation(TODAY, customer, ordersOf(key, random)));
        }
    }

    /** A fresh stateless session per customer and rule set. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public void statelessSessionPerCustomer(Blackhole blackhole) {
        for (int i = 0; i < CHUNK; i++) {
            blackhole.consume(engine.evaluate(consents.get(i)));
            blackhole.consume(engine.evaluate(adjustments.get(i)));
        }
    }

    /** One session per rule set for the whole chunk, emptied between customers. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public void sessionPerChunk(Blackhole blackhole) {
        blackhole.consume(engine.evaluateAll(consents));
        blackhole.consume(engine.evaluateAll(adjustments));
    }

    private static List<Consent> consentsOf(String key, Random random) {
        List<Consent> consents = new ArrayList<>(2);
        for (Purpose purpose : Purpose.values()) {
            ConsentStatus status = random.nextInt(10) == 0 ? ConsentStatus.WITHDRAWN : ConsentStatus.GIVEN;
            consents.add(new Consent(
                    key,
                    purpose,
                    status,
                    LawfulBasis.CONSENT,
                    TODAY.minusDays(random.nextInt(500)).atStartOfDay().toInstant(ZoneOffset.UTC),
                    "web-form",
                    "2025-06",
                    "Use my purchases to tailor offers.",
                    false));
        }
        return consents;
    }

    private static List<Order> ordersOf(String key, Random random) {
        List<Order> orders = new ArrayList<>(ORDERS_PER_CUSTOMER);
        ProductCategory[] categories = ProductCategory.values();
        for (int n = 0; n < ORDERS_PER_CUSTOMER; n++) {
            LocalDate placed = TODAY.minusDays(random.nextInt(720));
            Order.Builder order = Order.builder(key + "-" + n, key, placed);
            int lines = 1 + random.nextInt(3);
            for (int l = 0; l < lines; l++) {
                BigDecimal amount = BigDecimal.valueOf(5 + random.nextInt(120));
                if (random.nextInt(6) == 0) {
                    order.line(
                            categories[random.nextInt(categories.length)],
                            1 + random.nextInt(4),
                            amount,
                            "seller-" + l,
                            SellerParty.THIRD_PARTY,
                            random.nextBoolean(),
                            random.nextBoolean() ? "DE" : "US");
                } else {
                    order.line(categories[random.nextInt(categories.length)], 1 + random.nextInt(4), amount);
                }
            }
            int event = random.nextInt(20);
            if (event == 0) {
                order.returned(BigDecimal.TEN);
            } else if (event == 1) {
                order.cancelled(BigDecimal.ONE);
            } else if (event < 5) {
                order.promotion(BigDecimal.valueOf(10L * event), placed.minusDays(5), placed.plusDays(5));
            }
            orders.add(order.build());
        }
        return orders;
    }
}
