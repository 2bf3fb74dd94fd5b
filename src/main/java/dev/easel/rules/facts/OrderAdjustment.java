package dev.easel.rules.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one order counts toward CLV after all adjustments.
 *
 * @param countsInHistoric whether it adds to historic value
 * @param countsAsPurchase whether the model counts it as a purchase (frequency and spend)
 * @param predictionWeight the weight of the purchase for prediction (0 when it is not a purchase)
 * @param historicAmount what it adds to historic value: included lines minus money given back, 0 when not counted
 * @param modelAmount the spend the model sees: as historic amount, 0 when not a purchase
 */
public record OrderAdjustment(
        String orderId,
        boolean countsInHistoric,
        boolean countsAsPurchase,
        double predictionWeight,
        BigDecimal historicAmount,
        BigDecimal modelAmount,
        List<LineAdjustment> lines,
        List<Reason> reasons) {

    public OrderAdjustment {
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(Reason::code).toList();
    }
}
