package dev.easel.clv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reviewer sees on a flagged CLV change: the value before and after, the orders and rules behind the change,
 * and the versions that produced it. Order ids are the source systems' ids; no personal data.
 *
 * @param previousTotal the last published total CLV, or null when none was published yet
 * @param orders        the orders that drove the change: those placed since the last published value first (newest
 *                      first), then the largest; at most {@link #ORDERS_SHOWN}
 * @param explanation   where the customer's full explanation is read
 */
public record ReviewEvidence(
        long candidateId,
        String customerKey,
        String currency,
        BigDecimal previousTotal,
        BigDecimal newTotal,
        BigDecimal change,
        List<String> flagReasons,
        List<String> orderIds,
        List<String> rulesFired,
        String rulesetVersion,
        String modelVersion,
        List<OrderEvidence> orders,
        String explanation) {

    public static final int ORDERS_SHOWN = 10;

    public ReviewEvidence {
        flagReasons = List.copyOf(flagReasons);
        orderIds = List.copyOf(orderIds);
        rulesFired = List.copyOf(rulesFired);
        orders = List.copyOf(orders);
    }

    /** Evidence without the orders' details, linking the customer's explanation. */
    public ReviewEvidence(
            long candidateId,
            String customerKey,
            String currency,
            BigDecimal previousTotal,
            BigDecimal newTotal,
            BigDecimal change,
            List<String> flagReasons,
            List<String> orderIds,
            List<String> rulesFired,
            String rulesetVersion,
            String modelVersion) {
        this(
                candidateId,
                customerKey,
                currency,
                previousTotal,
                newTotal,
                change,
                flagReasons,
                orderIds,
                rulesFired,
                rulesetVersion,
                modelVersion,
                List.of(),
                explanationOf(customerKey));
    }

    public static String explanationOf(String customerKey) {
        return "/api/customers/" + customerKey + "/clv/explanation";
    }

    /**
     * One order behind the change.
     *
     * @param counted       what it adds to historic value after the adjustment rules, in the CLV's currency
     * @param sinceLastValue placed on or after the day the last published value was computed (or none was published)
     */
    public record OrderEvidence(String orderId, LocalDate placedOn, BigDecimal counted, boolean sinceLastValue) {}
}
