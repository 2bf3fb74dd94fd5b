package dev.easel.demo;

/**
 * A stock-keeping unit with its price in each demo currency.
 *
 * @param bulk whether schools and organisers buy it by the hundred
 */
record Sku(String code, Category category, long eurCents, long gbpCents, long usdCents, boolean bulk) {

    long priceIn(String currency) {
        return switch (currency) {
            case "EUR" -> eurCents;
            case "GBP" -> gbpCents;
            case "USD" -> usdCents;
            default -> throw new IllegalArgumentException("no demo prices in " + currency);
        };
    }
}
