package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.easel.clv.model.BgNbdFit;
import dev.easel.clv.model.BgNbdFitter;
import dev.easel.clv.model.GammaGammaFit;
import dev.easel.clv.model.GammaGammaFitter;
import dev.easel.clv.model.GammaGammaOptions;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.RfmTable;
import dev.easel.rules.AdjustmentEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RulesetCompiler;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.ProductCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** One currency per fit: amounts are converted before they are fitted, and a rate the orders need must be set. */
class ReportingCurrencyTests {

    private static final LocalDate CALIBRATION_END = LocalDate.of(2026, 6, 30);
    private static final BigDecimal USD_IN_EUR = new BigDecimal("0.92");

    private static RuleEngine rules;

    @BeforeAll
    static void projectRules() {
        rules = new RuleEngine(LiveRules.strict(Path.of("rules"), new RulesetCompiler()));
    }

    /** Customers with a few orders each; every third one pays in USD, the others in EUR. */
    private static List<List<Order>> ledger(boolean convertedBeforehand) {
        Random random = new Random(42);
        List<List<Order>> customers = new ArrayList<>();
        for (int c = 0; c < 600; c++) {
            boolean usd = c % 3 == 0;
            String key = "cus_" + c;
            List<Order> orders = new ArrayList<>();
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(200));
            int count = 1 + random.nextInt(5);
            // Customers differ in how much they spend, as Gamma-Gamma assumes: a level per customer.
            double level = 5 + 40 * -Math.log(1 - random.nextDouble());
            for (int o = 0; o < count && !day.isAfter(CALIBRATION_END); o++) {
                BigDecimal amount = BigDecimal.valueOf(Math.round(level * (50 + random.nextInt(100))), 2);
                String currency = usd ? "USD" : "EUR";
                if (usd && convertedBeforehand) {
                    amount = amount.multiply(USD_IN_EUR).setScale(4, RoundingMode.UNNECESSARY);
                    currency = "EUR";
                }
                orders.add(Order.builder(key + "-" + o, key, day)
                        .currency(currency)
                        .line(ProductCategory.PAINTS, 1, amount)
                        .build());
                day = day.plusDays(5 + random.nextInt(90));
            }
            customers.add(orders);
        }
        return customers;
    }

    private record Fits(BgNbdFit purchases, GammaGammaFit spend, List<String> currencies) {}

    /** Summaries as the service fit makes them (the project's adjustment rules, then the conversion), then fits. */
    private static Fits fit(List<List<Order>> customers, CurrencyConversion conversion) {
        List<AdjustedSummary> summaries = new ArrayList<>();
        for (List<Order> orders : customers) {
            Customer customer = new Customer(orders.get(0).customerKey(), CustomerType.INDIVIDUAL, "DE", null, 1985);
            AdjustedSummary summary = SummaryCalculator.summarise(
                    orders,
                    rules.evaluate(new AdjustmentEvaluation(CALIBRATION_END, customer, orders))
                            .results(),
                    CALIBRATION_END,
                    ModelTimeUnit.DAYS,
                    category -> 1.0,
                    conversion);
            if (summary.modelable()) {
                summaries.add(summary);
            }
        }
        int[] x = summaries.stream().mapToInt(AdjustedSummary::x).toArray();
        double[] recency =
                summaries.stream().mapToDouble(AdjustedSummary::recency).toArray();
        double[] age = summaries.stream().mapToDouble(AdjustedSummary::age).toArray();
        double[] spend =
                summaries.stream().mapToDouble(AdjustedSummary::meanRepeatSpend).toArray();
        return new Fits(
                BgNbdFitter.fit(RfmTable.of(x, recency, age)),
                GammaGammaFitter.fit(
                        x, spend, new GammaGammaOptions(20, 0.3, dev.easel.clv.model.FitOptions.defaults())),
                summaries.stream().map(AdjustedSummary::currency).distinct().toList());
    }

    @Test
    void aFitOverEuroAndDollarOrdersEqualsTheFitOverTheAmountsConvertedIntoEuro() {
        Fits mixed = fit(ledger(false), new CurrencyConversion("EUR", Map.of("USD", USD_IN_EUR)));
        Fits converted = fit(ledger(true), new CurrencyConversion("EUR", Map.of()));

        assertThat(mixed.currencies()).containsExactly("EUR");
        assertThat(mixed.spend().status()).isEqualTo(GammaGammaFit.Status.FITTED);
        assertThat(mixed.purchases().model()).isEqualTo(converted.purchases().model());
        // The spend fits agree to the optimiser's tolerance: a converted amount differs from the exact one in its
        // last bits (100.05 * 0.92 in double against 92.046).
        assertThat(mixed.spend().model().p())
                .isCloseTo(converted.spend().model().p(), withinPercentage(1e-3));
        assertThat(mixed.spend().model().q())
                .isCloseTo(converted.spend().model().q(), withinPercentage(1e-3));
        assertThat(mixed.spend().model().gamma())
                .isCloseTo(converted.spend().model().gamma(), withinPercentage(1e-3));
    }

    @Test
    void withoutTheRateTheDollarCustomersAreLeftOutRatherThanAddedAsEuro() {
        Fits withoutRate = fit(ledger(false), new CurrencyConversion("EUR", Map.of()));

        assertThat(withoutRate.currencies()).containsExactly("EUR");
        assertThat(withoutRate.purchases().customers())
                .isLessThan(fit(ledger(true), new CurrencyConversion("EUR", Map.of()))
                        .purchases()
                        .customers());
    }

    private static Throwable bind(Map<String, String> settings) {
        try {
            new Binder(new MapConfigurationPropertySource(settings)).bind("easel.clv", ClvProperties.class);
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }

    @Test
    void anOrderCurrencyWithoutARateIsAConfigurationErrorNamingTheCurrency() {
        Throwable error = bind(Map.of(
                "easel.clv.reporting-currency",
                "EUR",
                "easel.clv.order-currencies",
                "EUR,GBP,USD",
                "easel.clv.exchange-rates.GBP",
                "1.17"));

        assertThat(error)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("easel.clv.exchange-rates has no rate for USD")
                .hasMessageContaining("easel.clv.exchange-rates.USD");
    }

    @Test
    void severalOrderCurrenciesWithoutAReportingCurrencyAreAConfigurationError() {
        assertThat(bind(Map.of("easel.clv.order-currencies", "EUR,GBP")))
                .hasMessageContaining("set easel.clv.reporting-currency");
    }

    @Test
    void theEmbeddedDefaultReportsInEuroWithARateForEveryOrderCurrency() throws java.io.IOException {
        List<org.springframework.core.env.PropertySource<?>> yaml =
                new org.springframework.boot.env.YamlPropertySourceLoader()
                        .load("application", new org.springframework.core.io.ClassPathResource("application.yml"));
        ClvProperties settings = new Binder(
                        org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(yaml))
                .bind("easel.clv", ClvProperties.class)
                .get();

        assertThat(settings.reportingCurrency()).isEqualTo("EUR");
        assertThat(settings.orderCurrencies()).containsExactly("EUR", "GBP", "USD");
        assertThat(settings.exchangeRates()).containsOnlyKeys("GBP", "USD");
    }
}
