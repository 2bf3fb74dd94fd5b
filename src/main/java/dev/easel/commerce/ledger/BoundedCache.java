package dev.easel.commerce.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/** Least-recently-used map with a fixed capacity, so that lookups during a huge import never grow without bound. */
final class BoundedCache<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    BoundedCache(int capacity) {
        super(Math.min(capacity, 1024), 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
