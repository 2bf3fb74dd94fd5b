package dev.easel.commerce.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.easel.commerce.ContactMasking;
import dev.easel.commerce.CustomerDetails;
import java.time.Instant;
import java.util.List;

/** A customer as one role may see it; {@code contactMasked} says whether contact data was masked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CustomerView(
        String customerKey,
        String type,
        String country,
        String region,
        Integer birthYear,
        boolean contactMasked,
        CustomerDetails.Contact contact,
        List<Source> sources,
        Instant createdAt,
        Instant updatedAt) {

    /** {@code sourceId} is left out for readers who may only see pseudonymous keys. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Source(String sourceId, String channel, Instant firstSeenAt) {}

    static CustomerView of(CustomerDetails customer, boolean fullContact, boolean sourceIds) {
        List<Source> sources = customer.sourceIds().stream()
                .map(source -> new Source(sourceIds ? source.sourceId() : null, source.channel(), source.firstSeenAt()))
                .toList();
        return new CustomerView(
                customer.customerKey(),
                customer.type(),
                customer.country(),
                customer.region(),
                customer.birthYear(),
                !fullContact,
                fullContact ? customer.contact() : ContactMasking.mask(customer.contact()),
                sources,
                customer.createdAt(),
                customer.updatedAt());
    }
}
