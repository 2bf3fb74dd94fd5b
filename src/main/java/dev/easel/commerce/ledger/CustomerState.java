package dev.easel.commerce.ledger;

import dev.easel.commerce.CustomerRequest;

/**
 * The attributes requests bring to one customer, folded in arrival order: type and country always overwrite (they are
 * required), every other field only when the request carries it, so a sparse channel does not erase a rich one.
 */
record CustomerState(
        String type,
        String country,
        String region,
        Integer birthYear,
        String email,
        String emailNormalised,
        String name,
        String addressLine,
        String city,
        String postalCode) {

    static final CustomerState EMPTY = new CustomerState(null, null, null, null, null, null, null, null, null, null);

    CustomerState with(CustomerRequest request) {
        String newEmail = CustomerRules.blankToNull(request.email());
        return new CustomerState(
                request.type(),
                request.country(),
                or(request.region(), region),
                request.birthYear() != null ? request.birthYear() : birthYear,
                newEmail != null ? newEmail.trim() : email,
                newEmail != null ? CustomerRules.normaliseEmail(newEmail) : emailNormalised,
                or(request.name(), name),
                or(request.addressLine(), addressLine),
                or(request.city(), city),
                or(request.postalCode(), postalCode));
    }

    private static String or(String value, String otherwise) {
        String present = CustomerRules.blankToNull(value);
        return present != null ? present : otherwise;
    }
}
