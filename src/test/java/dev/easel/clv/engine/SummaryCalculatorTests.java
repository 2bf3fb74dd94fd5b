package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.rules.AdjustmentEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RulesetCompiler;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.SellerParty;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model's summary from orders after the project's own adjustment rules. */
class SummaryCalculatorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Customer PERSON = new Customer("cus_p", CustomerType.INDIVIDUAL, "DE", null, 1980);
    private static final Customer SCHOOL = new Customer("cus_s", CustomerType.SCHOOL, "GB", null, null);

    private static RuleEngine rules;

    @BeforeAll
    static void projectRules() {
        rules = new RuleEngine(LiveRules.strict(Path.of("rules"), new RulesetCompiler()));
    }

    @Test
    void countsPurchasesOnOneDayOnce() {
        AdjustedSummary summary = summarise(
                PERSON,
                order("o1", "2026-01-01", "40"),
                order("o2", "2026-01-11", "30"),
                order("o3", "2026-01-11", "20"),
                order("o4", "2026-01-21", "10"));

        assertThat(summary.x()).isEqualTo(2);
        assertThat(summary.recency()).isEqualTo(20.0);
        assertThat(summary.age()).isEqualTo(180.0);
        assertThat(summary.meanRepeatSpend()).isEqualTo(30.0);
        assertThat(summary.historic()).isEqualByComparingTo("100");
        assertThat(summary.historicOrders()).isEqualTo(4);
    }

    @Test
    void measuresTimesInWeeksWhenAskedTo() {
        AdjustedSummary summary = SummaryCalculator.summarise(
                List.of(order("o1", "2026-01-01", "40"), order("o2", "2026-01-15", "30")),
                rules.evaluate(new AdjustmentEvaluation(
                                TODAY,
                                PERSON,
                                List.of(order("o1", "2026-01-01", "40"), order("o2", "2026-01-15", "30"))))
                        .results(),
                TODAY,
                ModelTimeUnit.WEEKS,
                category -> 1.0);

        assertThat(summary.recency()).isEqualTo(2.0);
    }

    @Test
    void leavesBulkSchoolOrdersOutOfFrequencyButKeepsThemInHistoricValue() {
        Order bulk = Order.builder("o2", "cus_s", LocalDate.parse("2026-02-01"))
                .line(ProductCategory.PAINTS, 200, new BigDecimal("1500"))
                .build();
        AdjustedSummary summary =
                summarise(SCHOOL, order("o1", "2026-01-01", "100"), bulk, order("o3", "2026-03-01", "50"));

        assertThat(summary.x()).isEqualTo(1);
        assertThat(summary.meanRepeatSpend()).isEqualTo(50.0);
        assertThat(summary.historic()).isEqualByComparingTo("1650");
    }

    @Test
    void weighsDeepPromotionOrdersLessInTheMeanSpend() {
        Order promoted = Order.builder("o2", "cus_p", LocalDate.parse("2026-02-10"))
                .line(ProductCategory.CANVAS, 1, new BigDecimal("100"))
                .promotion(new BigDecimal("40"), LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"))
                .build();
        AdjustedSummary summary =
                summarise(PERSON, order("o1", "2026-01-01", "10"), promoted, order("o3", "2026-03-01", "40"));

        // (0.5 * 100 + 1 * 40) / (0.5 + 1) = 60
        assertThat(summary.x()).isEqualTo(2);
        assertThat(summary.meanRepeatSpend()).isCloseTo(60.0, within(1e-9));
        assertThat(summary.historic()).isEqualByComparingTo("150");
    }

    @Test
    void subtractsRefundsAndDropsFullyRefundedOrders() {
        Order partly = Order.builder("o2", "cus_p", LocalDate.parse("2026-02-01"))
                .line(ProductCategory.PAINTS, 2, new BigDecimal("80"))
                .returned(new BigDecimal("30"))
                .build();
        Order fully = Order.builder("o3", "cus_p", LocalDate.parse("2026-03-01"))
                .line(ProductCategory.PAINTS, 1, new BigDecimal("60"))
                .refunded(new BigDecimal("60"))
                .build();
        AdjustedSummary summary = summarise(PERSON, order("o1", "2026-01-01", "20"), partly, fully);

        assertThat(summary.x()).isEqualTo(1);
        assertThat(summary.meanRepeatSpend()).isEqualTo(50.0);
        assertThat(summary.historic()).isEqualByComparingTo("70");
    }

    @Test
    void neverCountsACancelledOrder() {
        Order cancelled = Order.builder("o2", "cus_p", LocalDate.parse("2026-02-01"))
                .line(ProductCategory.PAINTS, 1, new BigDecimal("500"))
                .cancelled(new BigDecimal("500"))
                .build();
        AdjustedSummary summary = summarise(PERSON, order("o1", "2026-01-01", "20"), cancelled);

        assertThat(summary.x()).isZero();
        assertThat(summary.historic()).isEqualByComparingTo("20");
        assertThat(summary.historicOrders()).isEqualTo(1);
    }

    @Test
    void leavesOutLinesOfThirdPartySellersWithoutADataProcessingAgreement() {
        Order mixed = Order.builder("o2", "cus_p", LocalDate.parse("2026-02-01"))
                .line(ProductCategory.PAINTS, 1, new BigDecimal("30"))
                .line(ProductCategory.TOOLS, 1, new BigDecimal("70"), "s-nodpa", SellerParty.THIRD_PARTY, false, "DE")
                .build();
        Order onlyThirdParty = Order.builder("o3", "cus_p", LocalDate.parse("2026-03-01"))
                .line(ProductCategory.TOOLS, 1, new BigDecimal("90"), "s-nodpa", SellerParty.THIRD_PARTY, false, "DE")
                .build();
        AdjustedSummary summary = summarise(PERSON, order("o1", "2026-01-01", "20"), mixed, onlyThirdParty);

        assertThat(summary.x()).isEqualTo(1);
        assertThat(summary.meanRepeatSpend()).isEqualTo(30.0);
        assertThat(summary.historic()).isEqualByComparingTo("50");
    }

    @Test
    void appliesTheGrossMarginOfTheCategoriesBought() {
        Order order = Order.builder("o1", "cus_p", LocalDate.parse("2026-01-01"))
                .line(ProductCategory.PAINTS, 1, new BigDecimal("75"))
                .line(ProductCategory.CANVAS, 1, new BigDecimal("25"))
                .build();
        AdjustedSummary summary = SummaryCalculator.summarise(
                List.of(order),
                rules.evaluate(new AdjustmentEvaluation(TODAY, PERSON, List.of(order)))
                        .results(),
                TODAY,
                ModelTimeUnit.DAYS,
                category -> "PAINTS".equals(category) ? 0.4 : 0.8);

        assertThat(summary.margin()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aCustomerWithoutAPurchaseCannotBeModelled() {
        AdjustedSummary summary = summarise(PERSON);

        assertThat(summary.modelable()).isFalse();
        assertThat(summary.historic()).isEqualByComparingTo("0");
    }

    @Test
    void convertsEveryOrderIntoTheReportingCurrencyBeforeAddingUp() {
        CurrencyConversion toEuro =
                new CurrencyConversion("EUR", Map.of("GBP", new BigDecimal("1.2"), "USD", new BigDecimal("0.9")));
        AdjustedSummary summary = summarise(
                toEuro,
                order("o1", "2026-01-01", "100"),
                order("o2", "2026-02-01", "50", "GBP"),
                order("o3", "2026-03-01", "10", "USD"));

        assertThat(summary.currency()).isEqualTo("EUR");
        assertThat(summary.historic()).isEqualByComparingTo("169");
        assertThat(summary.meanRepeatSpend()).isCloseTo((60 + 9) / 2.0, within(1e-9));
        assertThat(summary.unconvertedCurrencies()).isEmpty();
        assertThat(summary.modelable()).isTrue();
    }

    @Test
    void neverAddsAmountsInACurrencyWithoutARateToOthers() {
        CurrencyConversion toEuro = new CurrencyConversion("EUR", Map.of("GBP", new BigDecimal("1.2")));
        AdjustedSummary summary =
                summarise(toEuro, order("o1", "2026-01-01", "100"), order("o2", "2026-02-01", "5000", "JPY"));

        assertThat(summary.currency()).isNull();
        assertThat(summary.historic()).isNull();
        assertThat(summary.averageOrderValue()).isNull();
        assertThat(summary.unconvertedCurrencies()).containsExactly("JPY");
        assertThat(summary.modelable()).isFalse();
    }

    @Test
    void keepsTheHistoricValueOfACustomerWhoPaidOnlyInACurrencyWithoutARateButDoesNotModelThem() {
        CurrencyConversion toEuro = new CurrencyConversion("EUR", Map.of());
        AdjustedSummary summary =
                summarise(toEuro, order("o1", "2026-01-01", "5000", "JPY"), order("o2", "2026-02-01", "3000", "JPY"));

        assertThat(summary.currency()).isEqualTo("JPY");
        assertThat(summary.historic()).isEqualByComparingTo("8000");
        assertThat(summary.unconvertedCurrencies()).containsExactly("JPY");
        assertThat(summary.modelable()).isFalse();
    }

    @Test
    void withoutAReportingCurrencyAddsUpOnlyACustomerWhoPaidInOneCurrency() {
        AdjustedSummary single = summarise(
                CurrencyConversion.none(),
                order("o1", "2026-01-01", "40", "GBP"),
                order("o2", "2026-02-01", "60", "GBP"));
        AdjustedSummary mixed = summarise(
                CurrencyConversion.none(), order("o1", "2026-01-01", "40", "GBP"), order("o2", "2026-02-01", "60"));

        assertThat(single.currency()).isEqualTo("GBP");
        assertThat(single.historic()).isEqualByComparingTo("100");
        assertThat(single.modelable()).isTrue();
        assertThat(mixed.currency()).isNull();
        assertThat(mixed.historic()).isNull();
        assertThat(mixed.unconvertedCurrencies()).containsExactly("EUR", "GBP");
        assertThat(mixed.modelable()).isFalse();
    }

    private static AdjustedSummary summarise(CurrencyConversion conversion, Order... orders) {
        List<Order> list = List.of(orders);
        return SummaryCalculator.summarise(
                list,
                rules.evaluate(new AdjustmentEvaluation(TODAY, PERSON, list)).results(),
                TODAY,
                ModelTimeUnit.DAYS,
                category -> 1.0,
                conversion);
    }

    private static Order order(String id, String day, String amount, String currency) {
        return Order.builder(id, "cus_p", LocalDate.parse(day))
                .currency(currency)
                .line(ProductCategory.PAINTS, 1, new BigDecimal(amount))
                .build();
    }

    private static AdjustedSummary summarise(Customer customer, Order... orders) {
        List<Order> list = List.of(orders);
        return SummaryCalculator.summarise(
                list,
                rules.evaluate(new AdjustmentEvaluation(TODAY, customer, list)).results(),
                TODAY,
                ModelTimeUnit.DAYS,
                category -> 1.0);
    }

    private static Order order(String id, String day, String amount) {
        return Order.builder(id, "cus_p", LocalDate.parse(day))
                .line(ProductCategory.PAINTS, 1, new BigDecimal(amount))
                .build();
    }
}
