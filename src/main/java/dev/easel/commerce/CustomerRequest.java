package dev.easel.commerce;

/**
 * A customer as a source system knows it, identified by that system's {@code customerId}.
 * Empty optional fields leave what Easel already knows unchanged.
 */
public record CustomerRequest(
        String customerId,
        String type,
        String country,
        String region,
        Integer birthYear,
        String email,
        String name,
        String addressLine,
        String city,
        String postalCode,
        String channel) {}
