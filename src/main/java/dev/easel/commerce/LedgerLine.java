package dev.easel.commerce;

import java.math.BigDecimal;

/**
 * One order line with what CLV rules need about its seller.
 *
 * @param amount      the line's total after its own discount
 * @param sellerParty FIRST_PARTY or THIRD_PARTY
 */
public record LedgerLine(
        int lineNo,
        String category,
        int quantity,
        BigDecimal amount,
        String sellerId,
        String sellerParty,
        boolean sellerDpaSigned,
        String sellerCountry) {}
