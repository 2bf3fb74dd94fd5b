package dev.easel.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What the customer bought and sent back in the 12 months up to the evaluation date; the engine computes it from the
 * orders so that rules need no sums of their own. Cancelled orders are left out.
 */
public record PurchaseHistory(String customerKey, BigDecimal boughtLast12Months, BigDecimal returnedLast12Months) {

    public static PurchaseHistory of(String customerKey, Collection<Order> orders, LocalDate on) {
        LocalDate from = on.minusMonths(12);
        BigDecimal bought = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        for (Order order : orders) {
            if (!order.isCancelled()
                    && order.placedOn().isAfter(from)
                    && !order.placedOn().isAfter(on)) {
                bought = bought.add(order.total());
                returned = returned.add(order.returnedAmount());
            }
        }
        return new PurchaseHistory(customerKey, bought, returned);
    }

    /** The share (0 to 1) of the value bought in the last 12 months that was returned; 0 when nothing was bought. */
    public double getReturnedShareLast12Months() {
        return boughtLast12Months.signum() == 0
                ? 0.0
                : returnedLast12Months
                        .divide(boughtLast12Months, 6, RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
