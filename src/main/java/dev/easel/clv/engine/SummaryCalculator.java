package dev.easel.clv.engine;

import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.LineAdjustment;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.OrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * From a customer's orders and the adjustment rules' decision to the numbers the model and the results use. Money
 * is added up in one currency ({@link CurrencyConversion}): each order's amounts are converted into it before they
 * are summed, and a customer whose orders cannot all be converted gets no sum that mixes currencies.
 */
public final class SummaryCalculator {

    static final String SERIAL_RETURNER = "SERIAL_RETURNER";

    private SummaryCalculator() {}

    /** Each customer in the one currency they paid in (no exchange rates). */
    public static AdjustedSummary summarise(
            List<Order> orders,
            AdjustmentDecision decision,
            LocalDate asOf,
            ModelTimeUnit unit,
            ToDoubleFunction<String> margin) {
        return summarise(orders, decision, asOf, unit, margin, CurrencyConversion.none());
    }

    /**
     * @param asOf       the scoring or calibration day; the age T runs up to it
     * @param margin     gross margin per product category name
     * @param conversion the currency money is added up in, and the rates into it
     */
    public static AdjustedSummary summarise(
            List<Order> orders,
            AdjustmentDecision decision,
            LocalDate asOf,
            ModelTimeUnit unit,
            ToDoubleFunction<String> margin,
            CurrencyConversion conversion) {
        CurrencyConversion.Plan plan =
                conversion.plan(orders.stream().map(Order::currency).toList());
        boolean sums = plan.sums();
        BigDecimal historic = BigDecimal.ZERO;
        BigDecimal largest = BigDecimal.ZERO;
        int historicOrders = 0;
        double marginWeighted = 0;
        double marginBase = 0;
        // Per purchase day: spend, and spend times prediction weight, and the summed weights of zero-value days.
        TreeMap<LocalDate, double[]> days = new TreeMap<>();
        for (Order order : orders) {
            OrderAdjustment adjusted = decision.order(order.orderId()).orElse(null);
            if (adjusted == null) {
                continue;
            }
            BigDecimal factor = sums ? plan.factors().get(order.currency()) : BigDecimal.ZERO;
            double rate = factor.doubleValue();
            if (adjusted.countsInHistoric()) {
                BigDecimal amount = adjusted.historicAmount().multiply(factor);
                historic = historic.add(amount);
                largest = largest.max(amount);
                historicOrders++;
            }
            if (adjusted.countsAsPurchase() && adjusted.predictionWeight() > 0) {
                double amount = adjusted.modelAmount().doubleValue() * rate;
                double[] day = days.computeIfAbsent(order.placedOn(), d -> new double[3]);
                day[0] += amount;
                day[1] += amount * adjusted.predictionWeight();
                day[2] = Math.max(day[2], adjusted.predictionWeight());
                for (LineAdjustment line : adjusted.lines()) {
                    if (line.included()) {
                        double lineAmount = line.amount().doubleValue() * rate;
                        marginWeighted += lineAmount * margin.applyAsDouble(category(order, line.lineNo()));
                        marginBase += lineAmount;
                    }
                }
            }
        }
        double share = historic.signum() > 0
                ? largest.divide(historic, 6, RoundingMode.HALF_UP).doubleValue()
                : 0.0;
        boolean serialReturner = decision.hasFlag(SERIAL_RETURNER);
        double customerMargin = marginBase > 0 ? marginWeighted / marginBase : margin.applyAsDouble("");
        BigDecimal historicValue = sums ? historic : null;
        if (days.isEmpty()) {
            return new AdjustedSummary(
                    plan.currency(),
                    historicValue,
                    historicOrders,
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    null,
                    null,
                    share,
                    serialReturner,
                    customerMargin,
                    plan.unconverted());
        }
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        int x = days.size() - 1;
        double weightedSpend = 0;
        double weights = 0;
        for (Map.Entry<LocalDate, double[]> day : days.tailMap(first, false).entrySet()) {
            double[] d = day.getValue();
            // A day's weight is its spend-weighted prediction weight, so the mean is sum(w * spend) / sum(w).
            weightedSpend += d[1];
            weights += d[0] > 0 ? d[1] / d[0] : d[2];
        }
        long span = last.toEpochDay() - first.toEpochDay();
        long ageDays = Math.max(asOf.toEpochDay() - first.toEpochDay(), span);
        return new AdjustedSummary(
                plan.currency(),
                historicValue,
                historicOrders,
                days.size(),
                x,
                unit.fromDays(span),
                unit.fromDays(ageDays),
                weights > 0 ? weightedSpend / weights : 0.0,
                first,
                last,
                x > 0 ? (double) span / x : null,
                share,
                serialReturner,
                customerMargin,
                plan.unconverted());
    }

    private static String category(Order order, int lineNo) {
        for (OrderLine line : order.lines()) {
            if (line.lineNo() == lineNo) {
                return line.category().name();
            }
        }
        return "";
    }
}
