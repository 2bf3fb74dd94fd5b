package dev.easel.integrations.shopify;

import static dev.easel.integrations.shopify.ShopifyJson.firstText;
import static dev.easel.integrations.shopify.ShopifyJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.commerce.CustomerRequest;
import java.util.Locale;

/**
 * A Shopify customer as a ledger customer. The source id is {@code shopify:<id>}; the same email from another channel
 * merges into one customer (the ledger's identity merge). A customer tagged "school" is a SCHOOL, one with a company
 * on the address an ORGANISATION, anyone else an INDIVIDUAL.
 */
final class ShopifyCustomerMapper {

    static final String CHANNEL = "SHOPIFY";

    private ShopifyCustomerMapper() {}

    static String customerId(String shopifyId) {
        return "shopify:" + shopifyId;
    }

    /** @param order the order the customer came with, for its email and addresses; null for a customer webhook */
    static CustomerRequest map(JsonNode customer, JsonNode order) {
        JsonNode address = address(customer, order);
        String country = text(address, "country_code");
        String province = text(address, "province_code");
        String email = firstText(customer, "email");
        if (email == null && order != null) {
            email = firstText(order, "email", "contact_email");
        }
        return new CustomerRequest(
                customerId(text(customer, "id")),
                type(customer, address),
                country == null ? null : country.toUpperCase(Locale.ROOT),
                country != null && province != null ? (country + "-" + province).toUpperCase(Locale.ROOT) : null,
                null,
                email,
                name(customer, address),
                street(address),
                text(address, "city"),
                text(address, "zip"),
                CHANNEL);
    }

    private static JsonNode address(JsonNode customer, JsonNode order) {
        JsonNode address = customer.path("default_address");
        if (address.isObject() && text(address, "country_code") != null) {
            return address;
        }
        for (JsonNode candidate : customer.path("addresses")) {
            if (text(candidate, "country_code") != null) {
                return candidate;
            }
        }
        if (order != null) {
            for (String field : new String[] {"billing_address", "shipping_address"}) {
                if (order.path(field).isObject() && text(order.path(field), "country_code") != null) {
                    return order.path(field);
                }
            }
        }
        return address;
    }

    private static String type(JsonNode customer, JsonNode address) {
        String tags = text(customer, "tags");
        if (tags != null && tags.toLowerCase(Locale.ROOT).contains("school")) {
            return "SCHOOL";
        }
        return text(address, "company") != null ? "ORGANISATION" : "INDIVIDUAL";
    }

    private static String name(JsonNode customer, JsonNode address) {
        String first = firstText(customer, "first_name");
        String last = firstText(customer, "last_name");
        if (first == null && last == null) {
            return text(address, "name");
        }
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }

    private static String street(JsonNode address) {
        String line1 = text(address, "address1");
        String line2 = text(address, "address2");
        if (line1 == null) {
            return line2;
        }
        return line2 == null ? line1 : line1 + ", " + line2;
    }
}
