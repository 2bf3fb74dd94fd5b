package dev.easel.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A seller on the marketplace.
 *
 * @param dpaSignedOn when the data processing agreement was signed; {@code null} when there is none
 * @param categories  what the seller stocks
 */
record Seller(
        String sellerId,
        String name,
        boolean firstParty,
        LocalDate dpaSignedOn,
        String country,
        String region,
        List<Category> categories) {}
