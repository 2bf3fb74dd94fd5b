package dev.easel.rules.facts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a CLV rule inserts: one change to how an order or a line counts, with its reason code. The engine merges all
 * adjustments of an order into an {@link OrderAdjustment}.
 *
 * @param lineNo the line for {@link Kind#EXCLUDE_LINE}, otherwise null
 * @param amount the money for {@link Kind#SUBTRACT}, otherwise zero
 * @param weight the weight for {@link Kind#PREDICTION_WEIGHT}, otherwise 1
 */
public record Adjustment(Kind kind, String orderId, Integer lineNo, BigDecimal amount, double weight, String reason) {

    /** The kinds of change a rule can make. */
    public enum Kind {
        /** The order does not count toward historic value. */
        NOT_IN_HISTORIC,
        /** The order is not a purchase for the model (neither frequency nor spend). */
        NOT_A_PURCHASE,
        /** The order counts for prediction with this weight (the lowest weight wins). */
        PREDICTION_WEIGHT,
        /** This amount is taken off the order's value. */
        SUBTRACT,
        /** The line is left out of all CLV processing. */
        EXCLUDE_LINE,
        /** Nothing changes; the reason is recorded (for example: exchanges are neutral). */
        UNCHANGED
    }

    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        amount = amount == null ? BigDecimal.ZERO : amount;
    }

    public static Adjustment notInHistoric(Order order, String reason) {
        return new Adjustment(Kind.NOT_IN_HISTORIC, order.orderId(), null, null, 1.0, reason);
    }

    public static Adjustment notAPurchase(Order order, String reason) {
        return new Adjustment(Kind.NOT_A_PURCHASE, order.orderId(), null, null, 1.0, reason);
    }

    public static Adjustment predictionWeight(Order order, double weight, String reason) {
        if (weight < 0.0 || weight > 1.0) {
            throw new IllegalArgumentException("A prediction weight must be between 0 and 1, was " + weight);
        }
        return new Adjustment(Kind.PREDICTION_WEIGHT, order.orderId(), null, null, weight, reason);
    }

    public static Adjustment subtract(Order order, BigDecimal amount, String reason) {
        return new Adjustment(Kind.SUBTRACT, order.orderId(), null, amount, 1.0, reason);
    }

    public static Adjustment excludeLine(OrderLine line, String reason) {
        return new Adjustment(Kind.EXCLUDE_LINE, line.orderId(), line.lineNo(), null, 1.0, reason);
    }

    public static Adjustment unchanged(Order order, String reason) {
        return new Adjustment(Kind.UNCHANGED, order.orderId(), null, null, 1.0, reason);
    }
}
