package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers {@link References} from bounded caches, filled chunk by chunk with one query per kind of reference.
 * Call {@link #preload} for a chunk before validating it.
 */
final class ReferenceCache implements References {

    private final LedgerQueries queries;
    private final Set<String> currencies;
    private final BoundedCache<String, Optional<CustomerRef>> customers;
    private final BoundedCache<String, Boolean> sellers;
    private final BoundedCache<String, Boolean> promotions;

    ReferenceCache(LedgerQueries queries, int capacity) {
        this.queries = queries;
        this.currencies = queries.currencies();
        this.customers = new BoundedCache<>(capacity);
        this.sellers = new BoundedCache<>(capacity);
        this.promotions = new BoundedCache<>(capacity);
    }

    void preload(Collection<OrderRequest> orders) {
        Set<String> customerIds = new LinkedHashSet<>();
        Set<String> sellerIds = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (OrderRequest order : orders) {
            addMissing(customerIds, order.customerId(), customers);
            addMissing(sellerIds, order.sellerId(), sellers);
            if (order.promotionCodes() != null) {
                order.promotionCodes().forEach(code -> addMissing(codes, code, promotions));
            }
            if (order.lines() != null) {
                order.lines().stream()
                        .filter(line -> line != null)
                        .forEach(line -> addMissing(sellerIds, line.sellerId(), sellers));
            }
        }
        Map<String, CustomerRef> found = queries.customersBySourceIds(customerIds);
        customerIds.forEach(id -> customers.put(id, Optional.ofNullable(found.get(id))));
        fill(sellers, sellerIds, queries::existingSellers);
        fill(promotions, codes, queries::existingPromotions);
    }

    @Override
    public boolean currencyKnown(String code) {
        return currencies.contains(code);
    }

    @Override
    public boolean customerKnown(String customerId) {
        return customer(customerId).isPresent();
    }

    @Override
    public boolean sellerKnown(String sellerId) {
        return Boolean.TRUE.equals(sellers.get(sellerId));
    }

    @Override
    public boolean promotionKnown(String code) {
        return Boolean.TRUE.equals(promotions.get(code));
    }

    Optional<CustomerRef> customer(String customerId) {
        Optional<CustomerRef> customer = customers.get(customerId);
        return customer == null ? Optional.empty() : customer;
    }

    private static void addMissing(Set<String> missing, String id, Map<String, ?> cache) {
        if (id != null && !cache.containsKey(id)) {
            missing.add(id);
        }
    }

    private static void fill(
            Map<String, Boolean> cache, Set<String> ids, Function<Collection<String>, Set<String>> existing) {
        Set<String> found = existing.apply(ids);
        ids.forEach(id -> cache.put(id, found.contains(id)));
    }

    @Override
    public DateWindow dates() {
        return queries.dates();
    }
}
