package dev.easel.commerce;

import java.time.Instant;
import java.util.List;

/** Everything the ledger knows about a customer, personal data included: callers mask it for the reader's role. */
public record CustomerDetails(
        String customerKey,
        String type,
        String country,
        String region,
        Integer birthYear,
        Contact contact,
        List<SourceId> sourceIds,
        Instant createdAt,
        Instant updatedAt) {

    public record Contact(String email, String name, String addressLine, String city, String postalCode) {}

    public record SourceId(String sourceId, String channel, Instant firstSeenAt) {}
}
