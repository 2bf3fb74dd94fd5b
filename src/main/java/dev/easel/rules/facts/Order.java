package dev.easel.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One order of the customer with its lines, the money given back on it, and the promotion it was placed under.
 * The engine inserts every line as an {@link OrderLine} fact of its own.
 *
 * @param total what the customer paid for the order
 * @param refundedAmount money refunded without a return
 * @param returnedAmount money refunded for goods sent back
 * @param exchangedAmount value of goods exchanged (no money given back)
 * @param cancelledAmount money of a cancellation; any cancellation cancels the whole order
 * @param promotionDepthPercent the deepest discount of the promotions applied, 0 to 100; 0 when none
 * @param promotionStartsOn first day of the promotion window, null when no promotion applied
 * @param promotionEndsOn last day of the promotion window, null when no promotion applied
 */
public record Order(
        String orderId,
        String customerKey,
        LocalDate placedOn,
        String currency,
        BigDecimal total,
        List<OrderLine> lines,
        BigDecimal refundedAmount,
        BigDecimal returnedAmount,
        BigDecimal exchangedAmount,
        BigDecimal cancelledAmount,
        BigDecimal promotionDepthPercent,
        LocalDate promotionStartsOn,
        LocalDate promotionEndsOn) {

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(placedOn, "placedOn");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
        refundedAmount = zeroIfNull(refundedAmount);
        returnedAmount = zeroIfNull(returnedAmount);
        exchangedAmount = zeroIfNull(exchangedAmount);
        cancelledAmount = zeroIfNull(cancelledAmount);
        promotionDepthPercent = zeroIfNull(promotionDepthPercent);
    }

    public static Builder builder(String orderId, String customerKey, LocalDate placedOn) {
        return new Builder(orderId, customerKey, placedOn);
    }

    /** Money given back for this order: refunds and returns (exchanges give none back). */
    public BigDecimal getGivenBack() {
        return refundedAmount.add(returnedAmount);
    }

    /** True when everything paid was given back. */
    public boolean isFullyRefunded() {
        return total.signum() > 0 && getGivenBack().compareTo(total) >= 0;
    }

    public boolean isCancelled() {
        return cancelledAmount.signum() > 0;
    }

    public int getTotalQuantity() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    /** True when the order was placed on a day inside its promotion's window. */
    public boolean isInsidePromotionWindow() {
        return promotionStartsOn != null
                && promotionEndsOn != null
                && !placedOn.isBefore(promotionStartsOn)
                && !placedOn.isAfter(promotionEndsOn);
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Builds orders line by line; the total defaults to the sum of the lines. */
    public static final class Builder {
        private final String orderId;
        private final String customerKey;
        private final LocalDate placedOn;
        private final List<OrderLine> lines = new ArrayList<>();
        private String currency = "EUR";
        private BigDecimal total;
        private BigDecimal refunded;
        private BigDecimal returned;
        private BigDecimal exchanged;
        private BigDecimal cancelled;
        private BigDecimal promotionDepth;
        private LocalDate promotionStartsOn;
        private LocalDate promotionEndsOn;

        private Builder(String orderId, String customerKey, LocalDate placedOn) {
            this.orderId = orderId;
            this.customerKey = customerKey;
            this.placedOn = placedOn;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder total(BigDecimal total) {
            this.total = total;
            return this;
        }

        /** A line sold by the marketplace itself. */
        public Builder line(ProductCategory category, int quantity, BigDecimal amount) {
            return line(category, quantity, amount, "easel", SellerParty.FIRST_PARTY, true, null);
        }

        public Builder line(
                ProductCategory category,
                int quantity,
                BigDecimal amount,
                String sellerId,
                SellerParty party,
                boolean dpaSigned,
                String sellerCountry) {
            lines.add(new OrderLine(
                    orderId, lines.size() + 1, category, quantity, amount, sellerId, party, dpaSigned, sellerCountry));
            return this;
        }

        public Builder refunded(BigDecimal amount) {
            this.refunded = amount;
            return this;
        }

        public Builder returned(BigDecimal amount) {
            this.returned = amount;
            return this;
        }

        public Builder exchanged(BigDecimal amount) {
            this.exchanged = amount;
            return this;
        }

        public Builder cancelled(BigDecimal amount) {
            this.cancelled = amount;
            return this;
        }

        public Builder promotion(BigDecimal depthPercent, LocalDate startsOn, LocalDate endsOn) {
            this.promotionDepth = depthPercent;
            this.promotionStartsOn = startsOn;
            this.promotionEndsOn = endsOn;
            return this;
        }

        public Order build() {
            BigDecimal sum = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Order(
                    orderId,
                    customerKey,
                    placedOn,
                    currency,
                    total == null ? sum : total,
                    lines,
                    refunded,
                    returned,
                    exchanged,
                    cancelled,
                    promotionDepth,
                    promotionStartsOn,
                    promotionEndsOn);
        }
    }
}
