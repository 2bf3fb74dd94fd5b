package dev.easel.demo;

import java.util.List;

/**
 * One order with its lines: built, written and forgotten before the next one is drawn.
 *
 * @param seller         the seller of the whole order, or {@code null} when each line names its own
 * @param promotionCodes codes joined by {@code |}, empty for none
 */
record DemoOrder(
        String orderId,
        Identity identity,
        Channel channel,
        long placedAt,
        String currency,
        Seller seller,
        String promotionCodes,
        List<DemoLine> lines,
        boolean bulk) {

    long totalCents() {
        long total = 0;
        for (DemoLine line : lines) {
            total += line.totalCents();
        }
        return total;
    }
}
