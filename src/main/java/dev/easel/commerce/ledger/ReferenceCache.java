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
        Wanted wanted = wanted(orders);
        Map<String, CustomerRef> found = queries.customersBySourceIds(wanted.customerIds());
        wanted.customerIds().forEach(id -> customers.put(id, Optional.ofNullable(found.get(id))));
        fill(sellers, wanted.sellerIds(), queries::existingSellers);
        fill(promotions, wanted.codes(), queries::existingPromotions);
    }

    /**
     * As {@link #preload}, and answers which of {@code orderIds} are recorded already: on PostgreSQL all of it in
     * one round trip ({@link LedgerQueries#orderLookup}). When every order is recorded no reference is read, and none
     * is needed. For requests that grow no table inside their transaction.
     */
    Map<String, RecordedOrder> preloadAndFindRecorded(Collection<OrderRequest> orders, Collection<String> orderIds) {
        Wanted wanted = wanted(orders);
        LedgerQueries.OrderLookup lookup =
                queries.orderLookup(orderIds, orders.size(), wanted.customerIds(), wanted.sellerIds(), wanted.codes());
        if (lookup.referencesRead()) {
            wanted.customerIds()
                    .forEach(id -> customers.put(
                            id, Optional.ofNullable(lookup.customers().get(id))));
            wanted.sellerIds().forEach(id -> sellers.put(id, lookup.sellers().contains(id)));
            wanted.codes()
                    .forEach(code -> promotions.put(code, lookup.promotions().contains(code)));
        }
        return lookup.recorded();
    }

    private record Wanted(Set<String> customerIds, Set<String> sellerIds, Set<String> codes) {}

    private Wanted wanted(Collection<OrderRequest> orders) {
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
        return new Wanted(customerIds, sellerIds, codes);
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
