package dev.easel.commerce.ledger;

import dev.easel.commerce.CustomerRequest;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a customer request must satisfy, and the email normalisation that identity across channels rests on. */
final class CustomerRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CustomerRules() {}

    static List<FieldProblem> validate(CustomerRequest request) {
        FieldProblems violations = new FieldProblems();
        violations.requiredText(request.customerId(), "customerId", 100);
        if (violations.required(request.type(), "type")) {
            violations.oneOf(request.type(), Codes.CUSTOMER_TYPES, "type");
        }
        Codes.jurisdiction(request.country(), request.region(), violations);
        Integer birthYear = request.birthYear();
        if (birthYear != null && (birthYear < 1900 || birthYear > Year.now().getValue())) {
            violations.add("birthYear", "must lie between 1900 and this year");
        }
        if (request.email() != null && !request.email().isBlank()) {
            violations.text(request.email(), "email", 320);
            if (!EMAIL.matcher(request.email().trim()).matches()) {
                violations.add("email", "is not an email address");
            }
        }
        violations.text(request.name(), "name", 200);
        violations.text(request.addressLine(), "addressLine", 300);
        violations.text(request.city(), "city", 100);
        violations.text(request.postalCode(), "postalCode", 20);
        violations.oneOf(blankToNull(request.channel()), Codes.CHANNELS, "channel");
        return violations.list();
    }

    /**
     * Trim and lower-case, nothing more: provider-specific rules (Gmail dots, plus tags) would merge addresses that
     * other providers treat as different people, and a wrong merge is worse than a missed one.
     */
    static String normaliseEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
