package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.easel.clv.StoredFit;
import dev.easel.clv.model.BgNbdModel;
import dev.easel.clv.model.ModelChoice;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.ParetoNbdModel;
import dev.easel.clv.model.SeasonalProfile;
import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.commerce.ImportReport;
import dev.easel.commerce.LedgerExtracts;
import dev.easel.consent.ConsentSubmission;
import dev.easel.consent.Consents;
import dev.easel.rules.RuleEngine;
import dev.easel.testing.DemoLedger;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service scores with the model its own holdout chose, on PostgreSQL: a simulated gift-shop ledger (BG/NBD in
 * operational time, a September-to-December peak) is fitted with the seasonal variant and its customers are scored on
 * the season's clock, with the season's effect in their explanation; a ledger without a season keeps a plain model.
 * Each ledger is fitted on its own customers only (the database is shared with other tests) and kept as a candidate,
 * so that the fit serving the other tests does not change.
 */
@PostgresIntegrationTest
class ServingModelIT {

    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final double[] GIFT_SHOP = {0.7, 0.7, 0.8, 0.9, 0.9, 0.8, 0.8, 0.9, 1.1, 1.3, 1.6, 1.9};
    private static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static boolean loaded;

    /** One fit per ledger for the whole class: the tests only read it, and each fit takes seconds to minutes. */
    private static final Map<String, StoredFit> FITS = new java.util.HashMap<>();

    @Autowired
    LedgerExtracts ledger;

    @Autowired
    ChunkEvaluator evaluator;

    @Autowired
    FitEvaluations evaluations;

    @Autowired
    FitStore store;

    @Autowired
    RuleEngine rules;

    @Autowired
    ClvProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    FitCandidateStore candidates;

    @Autowired
    ModelChoiceProperties choice;

    @Autowired
    CsvImports imports;

    @Autowired
    Consents consents;

    @Autowired
    Explanations explanations;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ledgers() throws IOException {
        synchronized (ServingModelIT.class) {
            if (!loaded) {
                // The marketplace the other tests on this database share: loaded here too when absent, so that
                // whichever test runs first, the others find it (they load it when there are fewer than 320 customers).
                if (jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single() < 320) {
                    DemoLedger.load(
                            DemoLedger.generate(320, Files.createTempDirectory("serving-model-it-")),
                            imports,
                            consents,
                            false);
                }
                load("srv-gift", GIFT_SHOP, 1_000, 5L);
                load("srv-flat", FLAT, 1_000, 11L);
                loaded = true;
            }
        }
    }

    @Test
    void aSeasonalLedgerIsScoredWithTheSeasonalModelItsHoldoutChose() {
        StoredFit fit = fitOf("srv-gift");

        assertThat(fit.status()).isEqualTo("FITTED");
        assertThat(choiceOf(fit).get("chosen")).isEqualTo("SEASONAL_BG_NBD");
        Map<String, Object> serving = section(fit.diagnostics().get(ServingModel.KEY));
        assertThat(serving.get("model")).isEqualTo("SEASONAL_BG_NBD");
        assertThat(jdbc.sql("SELECT serving_model FROM clv_model_fits WHERE version = ?")
                        .param(fit.version())
                        .query(String.class)
                        .single())
                .isEqualTo("SEASONAL_BG_NBD");

        // The fit as stored, read back: its season, and the parameters of BG/NBD on the season's clock.
        FittedModel model = FittedModel.of(store.byVersion(fit.version()).orElseThrow());
        SeasonalProfile season = model.serving().season();
        assertThat(season).isNotNull();
        assertThat(season.monthly()[11]).isGreaterThan(1.4 * season.monthly()[5]);
        Map<String, Object> p = section(serving.get("parameters"));
        BgNbdModel seasonal =
                new BgNbdModel(number(p.get("r")), number(p.get("alpha")), number(p.get("a")), number(p.get("b")));

        List<Evaluated> scored = evaluator.evaluate(keysOf("srv-gift").subList(0, 40), END, model);
        int repeaters = 0;
        for (Evaluated customer : scored) {
            AdjustedSummary s = customer.summary();
            Prediction prediction = customer.prediction();
            double[] onTheClock = operational(season, s.firstPurchase(), s.lastPurchase());
            double horizon = operationalHorizon(season);
            assertThat(prediction.expectedOrders())
                    .as(customer.customerKey())
                    .isCloseTo(
                            seasonal.conditionalExpectedTransactions(horizon, s.x(), onTheClock[0], onTheClock[1]),
                            withinPercentage(1e-6));
            if (s.x() > 0) {
                repeaters++;
                assertThat(prediction.probabilityAlive())
                        .isCloseTo(
                                seasonal.probabilityAlive(s.x(), onTheClock[0], onTheClock[1]), withinPercentage(1e-9));
                assertThat(prediction.nextOrderOn()).isAfterOrEqualTo(END);
            }
            // The explanation says the season served and what it changed against plain BG/NBD on the calendar.
            StoredExplanation.Season effect =
                    explanations.read(explanations.of(customer, null)).season();
            assertThat(effect).isNotNull();
            assertThat(effect.source()).isEqualTo("ESTIMATED");
            assertThat(effect.horizonMonths()).isEqualTo(12);
            assertThat(effect.expectedOrdersWithSeason()).isEqualTo(prediction.expectedOrders());
            assertThat(effect.expectedOrdersWithoutSeason())
                    .isCloseTo(
                            model.purchases()
                                    .conditionalExpectedTransactions(
                                            12 * ModelTimeUnit.DAYS.perMonth(), s.x(), s.recency(), s.age()),
                            withinPercentage(1e-6));
        }
        assertThat(repeaters).isPositive();

        // The whole population's purchases over the next year with and without the season, as the Model page shows.
        Map<String, Object> population = section(serving.get("population"));
        assertThat(number(population.get("expectedPurchasesWithSeason"))).isPositive();
        assertThat(number(population.get("expectedPurchasesWithoutSeason"))).isPositive();
        assertThat(number(population.get("predictedClvWithSeason"))).isPositive();
        assertThat(population.get("currency")).isEqualTo("EUR");
    }

    @Test
    void aLedgerWithoutASeasonKeepsAPlainModelAndItsCustomersCarryNoSeason() {
        StoredFit fit = fitOf("srv-flat");

        assertThat(fit.status()).isEqualTo("FITTED");
        assertThat(choiceOf(fit).get("chosen")).isEqualTo("BG_NBD");
        assertThat(section(fit.diagnostics().get(ServingModel.KEY)).get("model"))
                .isEqualTo("BG_NBD");
        FittedModel model = FittedModel.of(store.byVersion(fit.version()).orElseThrow());
        assertThat(model.serving().seasonal()).isFalse();

        for (Evaluated customer : evaluator.evaluate(keysOf("srv-flat").subList(0, 20), END, model)) {
            AdjustedSummary s = customer.summary();
            assertThat(customer.prediction().expectedOrders())
                    .isCloseTo(
                            model.purchases()
                                    .conditionalExpectedTransactions(
                                            12 * ModelTimeUnit.DAYS.perMonth(), s.x(), s.recency(), s.age()),
                            withinPercentage(1e-6));
            assertThat(explanations.read(explanations.of(customer, null)).season())
                    .isNull();
        }
    }

    @Test
    void oneOrderCustomersGetPAliveAndANextOrderUnderParetoNbdAndNeitherUnderBgNbd() {
        StoredFit fit = fitOf("srv-flat");
        FittedModel bgNbd = FittedModel.of(store.byVersion(fit.version()).orElseThrow());
        // The same fit with Pareto/NBD serving, as when its holdout chooses it (parameters of CDNOW's order, in days).
        ParetoNbdModel pareto = new ParetoNbdModel(0.55, 74.0, 0.61, 82.0);
        FittedModel paretoServing = new FittedModel(
                bgNbd.fit(),
                bgNbd.purchases(),
                bgNbd.spend(),
                new ServingModel(
                        ModelChoice.Candidate.PARETO_NBD, pareto, null, ModelChoice.SeasonSource.NOT_USED, null));

        List<String> keys = keysOf("srv-flat").subList(0, 200);
        List<Evaluated> underBgNbd = evaluator.evaluate(keys, END, bgNbd);
        List<Evaluated> underPareto = evaluator.evaluate(keys, END, paretoServing);
        int oneOrder = 0;
        double youngest = Double.MAX_VALUE;
        double oldest = 0;
        double aliveOfYoungest = 0;
        double aliveOfOldest = 0;
        for (int i = 0; i < keys.size(); i++) {
            AdjustedSummary s = underPareto.get(i).summary();
            if (s == null || s.x() != 0) {
                continue;
            }
            oneOrder++;
            Prediction bg = underBgNbd.get(i).prediction();
            assertThat(bg.probabilityAlive())
                    .as("BG/NBD: P(alive | x = 0) is 1 by construction")
                    .isNull();
            assertThat(bg.nextOrderOn()).isNull();
            assertThat(bg.expectedOrders()).isPositive();

            Prediction p = underPareto.get(i).prediction();
            double alive = pareto.probabilityAlive(0, 0, s.age());
            assertThat(p.probabilityAlive())
                    .isCloseTo(alive, withinPercentage(1e-9))
                    .isLessThan(1.0);
            assertThat(p.nextOrderOn())
                    .isEqualTo(END.plusDays(Math.round(pareto.expectedTimeToNextPurchase(0, s.age()))));
            if (s.age() < youngest) {
                youngest = s.age();
                aliveOfYoungest = alive;
            }
            if (s.age() > oldest) {
                oldest = s.age();
                aliveOfOldest = alive;
            }
        }
        assertThat(oneOrder).as("one-order customers among the first 200").isGreaterThan(10);
        assertThat(oldest).isGreaterThan(youngest);
        assertThat(aliveOfOldest)
                .as("P(alive) falls with the time since the first order")
                .isLessThan(aliveOfYoungest);
    }

    /** The fit over the customers whose source ids start with {@code prefix}, kept as a candidate; fitted once. */
    private StoredFit fitOf(String prefix) {
        synchronized (ServingModelIT.class) {
            StoredFit fit = FITS.get(prefix);
            if (fit == null) {
                fit = fitNow(prefix);
                FITS.put(prefix, fit);
            }
            return fit;
        }
    }

    private StoredFit fitNow(String prefix) {
        List<String> keys = keysOf(prefix);
        CustomerKeyPages mine = new CustomerKeyPages(ledger) {
            @Override
            void forEachChunk(int size, Consumer<List<String>> chunk) {
                for (int from = 0; from < keys.size(); from += size) {
                    chunk.accept(keys.subList(from, Math.min(keys.size(), from + size)));
                }
            }
        };
        ModelFitService service = new ModelFitService(
                mine,
                evaluator,
                evaluations,
                store,
                rules,
                properties,
                events,
                transactions,
                clock,
                candidates,
                true,
                choice);
        return service.fitNow(ModelTimeUnit.DAYS, END, "admin");
    }

    private List<String> keysOf(String prefix) {
        return jdbc.sql("SELECT DISTINCT c.customer_key FROM customers c JOIN customer_source_ids s"
                        + " ON s.customer_id = c.id WHERE s.source_id LIKE ? ORDER BY c.customer_key")
                .param(prefix + "-%")
                .query(String.class)
                .list();
    }

    /** t_x and T on the season's clock, counted day by day. */
    private static double[] operational(SeasonalProfile season, LocalDate first, LocalDate last) {
        double[] clock = season.clock(first.toEpochDay(), END.toEpochDay());
        return new double[] {clock[(int) (last.toEpochDay() - first.toEpochDay())], clock[clock.length - 1]};
    }

    /** Twelve average calendar months after the end, on the season's clock, counted day by day. */
    private static double operationalHorizon(SeasonalProfile season) {
        double days = 12 * ModelTimeUnit.DAYS.perMonth();
        long whole = (long) Math.floor(days);
        double[] clock = season.clock(END.toEpochDay(), END.toEpochDay() + whole);
        return clock[clock.length - 1] + (days - whole) * season.intensity(END.toEpochDay() + whole);
    }

    /**
     * Customers joining over 2023 who, while alive, buy at rate lambda * season(month) and may leave after each
     * repeat purchase (BG/NBD in operational time), each with a spend level of their own. They live in France and
     * consented to profiling on 2 January 2025: eligible on the fits' calibration end, their consent lapsed (twelve
     * months under an opt-in law) on 2 January 2026, before any calibration end or scoring day of the other tests on
     * this database, which therefore pass over them as suppressed, without reading their orders (a candidate refit
     * some months back that counted them fitted seven times the customers and took minutes).
     */
    private void load(String prefix, double[] seasonByMonth, int customers, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        double[] season = new SeasonalProfile(seasonByMonth, SeasonalProfile.Source.DECLARED).monthly();
        double peak = java.util.Arrays.stream(season).max().orElseThrow();
        StringBuilder people = new StringBuilder("customerId,type,country,region,birthYear,email,name,channel\n");
        StringBuilder orders = new StringBuilder("orderId,customerId,channel,placedAt,currency,sellerId,"
                + "promotionCodes,lineNo,sku,category,quantity,unitPrice,discount,lineSellerId\n");
        long end = END.toEpochDay();
        for (int c = 0; c < customers; c++) {
            String id = prefix + "-" + c;
            people.append(id).append(",INDIVIDUAL,FR,,,,,WEB\n");
            double lambda = random.nextGamma(0.6, 1 / 25.0);
            double dropout = random.nextBeta(0.8, 4.0);
            double level = random.nextGamma(4.0, 8.0);
            double t = LocalDate.of(2023, 1, 1).toEpochDay() + random.nextInt(0, 364);
            int n = 0;
            order(orders, id, n++, LocalDate.ofEpochDay((long) t), level * random.nextUniform(0.7, 1.3), prefix);
            while (true) {
                t += random.nextExponential(1 / (lambda * peak));
                if (t >= end + 1) {
                    break;
                }
                LocalDate day = LocalDate.ofEpochDay((long) t);
                if (random.nextUniform(0, 1) < season[day.getMonthValue() - 1] / peak) {
                    order(orders, id, n++, day, level * random.nextUniform(0.7, 1.3), prefix);
                    if (random.nextUniform(0, 1) < dropout) {
                        break;
                    }
                }
            }
        }
        imported(imports.bulkLoad(
                ImportKind.SELLERS,
                new StringReader("sellerId,name,party,dpaSignedOn,country,region\n" + prefix
                        + "-seller,Easel Store,FIRST_PARTY,,FR,\n")));
        imported(imports.bulkLoad(ImportKind.CUSTOMERS, new StringReader(people.toString())));
        imported(imports.bulkLoad(ImportKind.ORDERS, new StringReader(orders.toString())));
        // One transaction for the ledger's consents rather than one commit for each of its customers.
        transactions.executeWithoutResult(status -> {
            for (int c = 0; c < customers; c++) {
                consents.record(
                        new ConsentSubmission(
                                prefix + "-" + c,
                                "clv-profiling",
                                "GIVEN",
                                "CONSENT",
                                OffsetDateTime.of(2025, 1, 2, 12, 0, 0, 0, ZoneOffset.UTC),
                                "web-form",
                                "privacy-2025-01",
                                "I agree that Easel may use my purchase history to estimate my customer value.",
                                null),
                        "serving-model-it");
            }
        });
    }

    private static void order(StringBuilder orders, String id, int n, LocalDate day, double amount, String prefix) {
        orders.append(String.format(
                Locale.ROOT,
                "%s-o%d,%s,WEB,%sT12:00:00Z,EUR,%s-seller,,1,PNT-1,PAINTS,1,%.2f,0,\n",
                id,
                n,
                id,
                day,
                prefix,
                Math.max(1.0, amount)));
    }

    private static void imported(ImportReport report) {
        assertThat(report.errors()).as(report.kind().noun()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> choiceOf(StoredFit fit) {
        return (Map<String, Object>) fit.diagnostics().get("modelChoice");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
