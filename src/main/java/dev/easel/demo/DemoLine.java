package dev.easel.demo;

/**
 * One order line; money in cents of the order's currency.
 *
 * @param seller who sells this line
 */
record DemoLine(int lineNo, Sku sku, int quantity, long unitCents, long discountCents, Seller seller) {

    DemoLine {
        if (discountCents < 0 || discountCents > unitCents * quantity) {
            throw new IllegalArgumentException("discount must lie between 0 and the line amount");
        }
    }

    long totalCents() {
        return unitCents * quantity - discountCents;
    }
}
