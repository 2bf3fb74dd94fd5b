package dev.easel.clv.engine;

import dev.easel.clv.model.FitOptions;
import dev.easel.clv.model.GammaGammaOptions;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.ScoringOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How CLV is computed.
 *
 * @param chunkSize            customers per batch chunk
 * @param timeUnit             the model's time unit when a fit request names none
 * @param horizonMonths        predicted CLV and expected orders cover this many months
 * @param monthlyDiscountRate  future months are discounted by (1 + rate)^month
 * @param grossMargin          margin per product category (PAINTS, BRUSHES, ...); a category not named uses
 *                             {@code defaultGrossMargin}; 1.0 means revenue
 * @param minRepeatCustomers   fewer repeat customers than this is too little data: CLV falls back to historic only
 * @param correlationThreshold |corr(frequency, spend)| above which the fit carries a warning
 * @param penalizer            L2 penalty of the fits; 0 for plain maximum likelihood
 * @param threads              chunks worked on at once by a fit or a batch run without a workflow engine
 * @param reportingCurrency    ISO 4217 code that every customer's money is converted into before it is added up;
 *                             unset, each customer is counted in the one currency they paid in
 * @param exchangeRates        units of the reporting currency per unit of each other currency (GBP: 1.17 with
 *                             EUR reporting); a customer with an order in a currency without a rate is historic
 *                             only, with the reason NO_EXCHANGE_RATE, never summed across currencies
 * @param orderCurrencies      ISO 4217 codes the business takes orders in; with a reporting currency, each must have a
 *                             rate (or be the reporting currency), checked when the configuration is bound, so that
 *                             a missing rate stops the start instead of leaving customers without a prediction
 * @param reusableEvaluations  customers whose consent gate and adjustments a fit keeps in memory for the batch run
 *                             that scores with it, until that run finishes (about 1.3 KB of heap each, measured;
 *                             500,000 take about the heap 250,000 took when the rules' whole decision was kept);
 *                             customers beyond it, or all with 0, are evaluated again in the run
 */
@ConfigurationProperties("easel.clv")
public record ClvProperties(
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("DAYS") ModelTimeUnit timeUnit,
        @DefaultValue("12") int horizonMonths,
        @DefaultValue("0.01") double monthlyDiscountRate,
        @DefaultValue Map<String, Double> grossMargin,
        @DefaultValue("1.0") double defaultGrossMargin,
        @DefaultValue("100") int minRepeatCustomers,
        @DefaultValue("0.3") double correlationThreshold,
        @DefaultValue("0.0") double penalizer,
        @DefaultValue("2") int threads,
        String reportingCurrency,
        @DefaultValue Map<String, BigDecimal> exchangeRates,
        @DefaultValue("500000") int reusableEvaluations,
        @DefaultValue List<String> orderCurrencies) {

    public ClvProperties {
        grossMargin = grossMargin == null ? Map.of() : Map.copyOf(grossMargin);
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
        reportingCurrency = reportingCurrency == null || reportingCurrency.isBlank() ? null : reportingCurrency.strip();
        if (reportingCurrency != null && !reportingCurrency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("easel.clv.reporting-currency must be an ISO 4217 code");
        }
        if (exchangeRates.values().stream().anyMatch(rate -> rate.signum() <= 0)) {
            throw new IllegalArgumentException("easel.clv.exchange-rates must be positive");
        }
        orderCurrencies = orderCurrencies == null ? List.of() : List.copyOf(orderCurrencies);
        if (reportingCurrency != null) {
            for (String currency : orderCurrencies) {
                if (!currency.equals(reportingCurrency) && !exchangeRates.containsKey(currency)) {
                    throw new IllegalArgumentException("easel.clv.exchange-rates has no rate for " + currency
                            + " (listed in easel.clv.order-currencies): set easel.clv.exchange-rates." + currency
                            + " to the units of " + reportingCurrency + " per " + currency
                            + ", or take it out of the order currencies");
                }
            }
        } else if (orderCurrencies.size() > 1) {
            throw new IllegalArgumentException("easel.clv.order-currencies lists " + orderCurrencies + ": amounts in"
                    + " different currencies cannot be added, so set easel.clv.reporting-currency and a rate for"
                    + " each other currency");
        }
        if (chunkSize < 1
                || horizonMonths < 1
                || monthlyDiscountRate < 0
                || minRepeatCustomers < 2
                || reusableEvaluations < 0) {
            throw new IllegalArgumentException("invalid easel.clv settings");
        }
    }

    public double marginOf(String category) {
        return grossMargin.getOrDefault(category, defaultGrossMargin);
    }

    CurrencyConversion currencyConversion() {
        return new CurrencyConversion(reportingCurrency, exchangeRates);
    }

    FitOptions fitOptions() {
        return FitOptions.defaults().withPenalizer(penalizer);
    }

    GammaGammaOptions spendOptions() {
        return new GammaGammaOptions(minRepeatCustomers, correlationThreshold, fitOptions());
    }

    /** Scoring with a margin of 1: each customer's own margin (from what they buy) is applied afterwards. */
    ScoringOptions scoringOptions(ModelTimeUnit unit) {
        return new ScoringOptions(horizonMonths, monthlyDiscountRate, 1.0, unit.perMonth());
    }
}
