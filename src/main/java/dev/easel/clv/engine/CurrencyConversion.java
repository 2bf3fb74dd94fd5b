package dev.easel.clv.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which currency a customer's money is added up in, and the factor that brings each order's amounts into it.
 * With a reporting currency, every order is converted at the configured rate; without one, a customer who paid in
 * one currency is reported in it. Amounts in a currency that cannot be converted are never added to others: such a
 * customer is historic only ({@link #MISSING_RATE}), in their own currency when they used just one, with no sum at
 * all when they used several.
 */
public final class CurrencyConversion {

    static final String MISSING_RATE = "NO_EXCHANGE_RATE";

    private final String reportingCurrency;
    private final Map<String, BigDecimal> rates;

    /**
     * @param reportingCurrency ISO 4217 code, or null to report each single-currency customer in their currency
     * @param rates             units of the reporting currency per unit of each other currency
     */
    public CurrencyConversion(String reportingCurrency, Map<String, BigDecimal> rates) {
        this.reportingCurrency = reportingCurrency;
        this.rates = Map.copyOf(rates);
    }

    /** Each customer in the currency they paid in; several currencies cannot be added. */
    public static CurrencyConversion none() {
        return new CurrencyConversion(null, Map.of());
    }

    /**
     * @param currency    what the customer's money is reported in; null when it cannot be added up at all, or
     *                    when there is no order
     * @param factors     per order currency, the factor into {@code currency}
     * @param unconverted the customer's currencies without a rate into the reporting currency; empty when all convert
     */
    record Plan(String currency, Map<String, BigDecimal> factors, List<String> unconverted) {

        /** False when the customer paid in several currencies that cannot all be converted. */
        boolean sums() {
            return currency != null || unconverted.isEmpty();
        }
    }

    Plan plan(Collection<String> orderCurrencies) {
        TreeSet<String> used = new TreeSet<>(orderCurrencies);
        if (reportingCurrency == null) {
            if (used.size() <= 1) {
                return new Plan(
                        used.isEmpty() ? null : used.first(),
                        used.isEmpty() ? Map.of() : Map.of(used.first(), BigDecimal.ONE),
                        List.of());
            }
            return new Plan(null, Map.of(), List.copyOf(used));
        }
        Map<String, BigDecimal> factors = new java.util.HashMap<>();
        List<String> unconverted = new java.util.ArrayList<>();
        for (String currency : used) {
            BigDecimal factor = currency.equals(reportingCurrency) ? BigDecimal.ONE : rates.get(currency);
            if (factor == null) {
                unconverted.add(currency);
            } else {
                factors.put(currency, factor);
            }
        }
        if (unconverted.isEmpty()) {
            return new Plan(reportingCurrency, Map.copyOf(factors), List.of());
        }
        if (used.size() == 1) {
            return new Plan(used.first(), Map.of(used.first(), BigDecimal.ONE), List.copyOf(unconverted));
        }
        return new Plan(null, Map.of(), List.copyOf(unconverted));
    }
}
