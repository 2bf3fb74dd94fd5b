package dev.easel.commerce.ledger;

/** What an order may refer to. Answered from the database (or bounded caches of it) by the caller. */
interface References {

    boolean currencyKnown(String code);

    boolean customerKnown(String customerId);

    boolean sellerKnown(String sellerId);

    boolean promotionKnown(String code);

    /** The dates an order or refund may carry. */
    default DateWindow dates() {
        return DateWindow.STANDARD;
    }
}
