package dev.easel.integrations.shopify;

import dev.easel.consent.CustomerDataSection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Shopify deliveries waiting in quarantine that name a customer Easel knew when they arrived (their key is kept
 * with the entry: an erasure replaces the customer's source ids before this section runs). They keep their signed
 * payload, personal data included, until replayed or discarded: an access request lists them, and an erasure discards
 * them in the erasure's transaction, so the customer's data does not outlive the erasure there.
 */
@Component
class ShopifyQuarantineSection implements CustomerDataSection {

    private static final Logger log = LoggerFactory.getLogger(ShopifyQuarantineSection.class);
    static final String ACTOR = "erasure";

    private final ShopifyQuarantine quarantine;
    private final Clock clock;

    ShopifyQuarantineSection(ShopifyQuarantine quarantine, Clock clock) {
        this.quarantine = quarantine;
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
                .map(entry -> Map.of(
                        "id",
                        entry.id(),
                        "topic",
                        String.valueOf(entry.topic()),
                        "receivedAt",
                        entry.receivedAt(),
                        "state",
                        entry.state()))
                .toList();
    }

    @Override
    public void erase(String customerKey) {
        List<Long> ids = naming(customerKey);
        for (long id : ids) {
            quarantine.resolve(id, QuarantineState.DISCARDED, null, ACTOR, clock.instant(), "the customer was erased");
        }
        if (!ids.isEmpty()) {
            log.info("Discarded {} quarantined Shopify deliveries of erased customer {}", ids.size(), customerKey);
        }
    }

    private List<Long> naming(String customerKey) {
        return quarantine.waitingOf(customerKey);
    }
}
