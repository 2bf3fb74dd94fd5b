package dev.easel.integrations.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.shared.FieldProblems;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Shopify money in both shapes: the legacy decimal string ({@code "total_price": "409.94"}) and the newer money bag
 * ({@code "total_price_set": {"shop_money": {"amount": "409.94", "currency_code": "USD"}, ...}}). The shop's
 * currency is what the ledger books; presentment money (what the buyer saw) is not. Where both shapes are present
 * they must agree.
 */
final class ShopifyMoney {

    private ShopifyMoney() {}

    /**
     * The amount of {@code field} on {@code node}, from the bag {@code field_set} or the legacy {@code field}.
     * Problems are named by {@code path} (e.g. {@code line_items[2].price}).
     */
    static Optional<BigDecimal> amount(
            JsonNode node, String field, String shopCurrency, String path, FieldProblems problems) {
        Optional<BigDecimal> legacy = decimal(node.get(field), path, problems);
        JsonNode bag = node.path(field + "_set").path("shop_money");
        if (bag.isMissingNode() || bag.isNull()) {
            return legacy;
        }
        Optional<BigDecimal> fromBag = decimal(bag.get("amount"), path + "_set.shop_money.amount", problems);
        String bagCurrency = bag.path("currency_code").asText(null);
        if (bagCurrency != null && shopCurrency != null && !bagCurrency.equals(shopCurrency)) {
            problems.add(
                    path + "_set.shop_money.currency_code",
                    "is " + bagCurrency + " but the order's currency is " + shopCurrency);
            return Optional.empty();
        }
        if (fromBag.isPresent() && legacy.isPresent() && fromBag.get().compareTo(legacy.get()) != 0) {
            problems.add(
                    path,
                    "is " + legacy.get().toPlainString() + " but " + path + "_set says "
                            + fromBag.get().toPlainString());
            return Optional.empty();
        }
        return fromBag.isPresent() ? fromBag : legacy;
    }

    /** A decimal given as a JSON string or number; null and absent are empty. */
    static Optional<BigDecimal> decimal(JsonNode value, String path, FieldProblems problems) {
        if (value == null
                || value.isNull()
                || value.isMissingNode()
                || value.isTextual() && value.asText().isBlank()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual()) {
            try {
                return Optional.of(new BigDecimal(value.asText().trim()));
            } catch (NumberFormatException notANumber) {
                problems.add(path, "is not a decimal amount");
                return Optional.empty();
            }
        }
        problems.add(path, "must be a decimal amount as a string or number");
        return Optional.empty();
    }
}
