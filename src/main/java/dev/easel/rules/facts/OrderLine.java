package dev.easel.rules.facts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order with what rules need to know about its seller.
 *
 * @param amount the line's value after its own discount
 * @param sellerCountry ISO 3166-1 alpha-2 country of the seller
 */
public record OrderLine(
        String orderId,
        int lineNo,
        ProductCategory category,
        int quantity,
        BigDecimal amount,
        String sellerId,
        SellerParty sellerParty,
        boolean sellerDpaSigned,
        String sellerCountry) {

    public OrderLine {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sellerParty, "sellerParty");
    }

    public boolean isThirdParty() {
        return sellerParty == SellerParty.THIRD_PARTY;
    }

    /** How the line is named in flags and adjustments: {@code orderId#lineNo}. */
    public String getReference() {
        return orderId + "#" + lineNo;
    }
}
