package dev.easel.rules.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The customer a decision is about: a pseudonymous key, never a name or contact detail.
 *
 * @param birthYear null when the age is not known
 */
public record Customer(String customerKey, CustomerType type, String country, String region, Integer birthYear) {

    public Customer {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
    }

    public boolean isAgeKnown() {
        return birthYear != null;
    }

    /** A school or another organisation, as opposed to a person. */
    public boolean isOrganisation() {
        return type != CustomerType.INDIVIDUAL;
    }

    /**
     * The youngest the customer can be on {@code date} given only the birth year (their birthday may not have come
     * yet), so that an age limit errs on the side of protecting minors. -1 when the age is not known.
     */
    public int youngestAgeOn(LocalDate date) {
        return birthYear == null ? -1 : date.getYear() - birthYear - 1;
    }
}
