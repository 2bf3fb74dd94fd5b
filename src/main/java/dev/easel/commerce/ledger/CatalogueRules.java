package dev.easel.commerce.ledger;

import dev.easel.commerce.PromotionRequest;
import dev.easel.commerce.SellerRequest;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import java.math.BigDecimal;
import java.util.List;

/** What sellers and promotions must satisfy. */
final class CatalogueRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CatalogueRules() {}

    static List<FieldProblem> validate(SellerRequest request) {
        FieldProblems violations = new FieldProblems();
        violations.requiredText(request.sellerId(), "sellerId", 100);
        violations.requiredText(request.name(), "name", 200);
        if (violations.required(request.party(), "party")) {
            violations.oneOf(request.party(), Codes.PARTIES, "party");
        }
        Codes.jurisdiction(request.country(), request.region(), violations);
        return violations.list();
    }

    static List<FieldProblem> validate(PromotionRequest request) {
        FieldProblems violations = new FieldProblems();
        violations.requiredText(request.code(), "code", 64);
        violations.requiredText(request.name(), "name", 200);
        boolean starts = violations.required(request.startsAt(), "startsAt");
        boolean ends = violations.required(request.endsAt(), "endsAt");
        if (starts && ends && !request.endsAt().isAfter(request.startsAt())) {
            violations.add("endsAt", "must be after startsAt");
        }
        BigDecimal percent = request.discountPercent();
        if (violations.required(percent, "discountPercent")
                && (percent.signum() < 0
                        || percent.compareTo(HUNDRED) > 0
                        || percent.stripTrailingZeros().scale() > 2)) {
            violations.add("discountPercent", "must lie between 0 and 100 with at most 2 decimal places");
        }
        violations.oneOf(CustomerRules.blankToNull(request.channel()), Codes.CHANNELS, "channel");
        return violations.list();
    }
}
