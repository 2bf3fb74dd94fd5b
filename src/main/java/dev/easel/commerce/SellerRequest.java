package dev.easel.commerce;

import java.time.LocalDate;

/** A first- or third-party seller; {@code dpaSignedOn} is empty while no data processing agreement is signed. */
public record SellerRequest(
        String sellerId, String name, String party, LocalDate dpaSignedOn, String country, String region) {}
