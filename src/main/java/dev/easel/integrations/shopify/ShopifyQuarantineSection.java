package dev.easel.integrations.shopify;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.consent.CustomerDataSection;
import dev.easel.integrations.mapping.LedgerCustomers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Shopify deliveries waiting in quarantine that name a customer. They keep their signed payload, personal data
 * included, until replayed or discarded: an access request lists them, and an erasure discards them (in the erasure's
 * transaction), so the customer's data does not outlive the erasure there.
 */
@Component
class ShopifyQuarantineSection implements CustomerDataSection {

    private static final Logger log = LoggerFactory.getLogger(ShopifyQuarantineSection.class);
    static final String ACTOR = "erasure";

    private final ShopifyQuarantine quarantine;
    private final LedgerCustomers customers;
    private final ObjectMapper json;
    private final Clock clock;

    ShopifyQuarantineSection(ShopifyQuarantine quarantine, LedgerCustomers customers, ObjectMapper json,
            Clock clock) {
        this.quarantine = quarantine;
        this.customers = customers;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "shopifyQuarantine";
    }

    @Override
    public Object export(String customerKey) {
        return naming(customerKey).stream()
                .map(id -> quarantine.find(id).orElseThrow())
                .map(entry -> Map.of("id", entry.id(), "topic", String.valueOf(entry.topic()),
                        "receivedAt", entry.receivedAt(), "state", entry.state()))
                .toList();
    }

    @Override
    public void erase(String customerKey) {
        List<Long> ids = naming(customerKey);
        for (long id : ids) {
            quarantine.resolve(id, QuarantineState.DISCARDED, null, ACTOR, clock.instant(),
                    "the customer was erased");
        }
        if (!ids.isEmpty()) {
            log.info("Discarded {} quarantined Shopify deliveries of erased customer {}", ids.size(), customerKey);
        }
    }

    /** The waiting deliveries whose customer resolves to this key. */
    private List<Long> naming(String customerKey) {
        List<Long> found = new ArrayList<>();
        for (long id : quarantine.waitingIds()) {
            ShopifyQuarantine.Held held = quarantine.holdForUpdate(id).orElse(null);
            String shopifyId = held == null ? null : customerOf(held.topic(), held.payload());
            if (shopifyId != null
                    && customerKey.equals(customers.keyOf(ShopifyCustomerMapper.customerId(shopifyId)))) {
                found.add(id);
            }
        }
        return found;
    }

    /** The Shopify customer id a payload names: the customer resource itself, or the customer it nests. */
    private String customerOf(String topic, byte[] payload) {
        try {
            JsonNode root = json.readTree(payload);
            if (root == null || !root.isObject()) {
                return null;
            }
            if (ShopifyTopic.CUSTOMERS_CREATE.topicName().equals(topic)
                    || ShopifyTopic.CUSTOMERS_UPDATE.topicName().equals(topic)) {
                return ShopifyJson.text(ShopifyJson.unwrap(root, "customer"), "id");
            }
            return ShopifyJson.text(ShopifyJson.unwrap(root, "order").path("customer"), "id");
        } catch (IOException notJson) {
            return null;
        }
    }
}
