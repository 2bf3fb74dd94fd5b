package dev.easel.rules.facts;

import java.math.BigDecimal;
import java.util.List;

/** How one order line counts: included or left out of all CLV processing, and why. */
public record LineAdjustment(String orderId, int lineNo, boolean included, BigDecimal amount, List<Reason> reasons) {

    public LineAdjustment {
        reasons = List.copyOf(reasons);
    }
}
