package dev.easel.clv.engine;

import dev.easel.clv.model.Transaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customers a model choice compares the candidates on. The choice weighs aggregate holdout errors of a few per
 * cent, which a hundred thousand customers settle as well as a million do, while its cost (every candidate fitted
 * and asked at every origin) grows with the customers. Beyond the cap a fixed share is taken, picked by a hash of
 * the customer's key: the same customers at every fit, whatever order the ledger was read in.
 *
 * @param purchases the sampled customers' purchases, in the order given
 * @param customers customers sampled
 * @param of        customers with purchases in all
 */
record ChoiceSample(List<Transaction> purchases, int customers, int of) {

    /** All of them when {@code cap} is 0 or not exceeded. */
    static ChoiceSample of(List<Transaction> purchases, int cap) {
        Set<String> all = new HashSet<>();
        for (Transaction purchase : purchases) {
            all.add(purchase.customerId());
        }
        if (cap == 0 || all.size() <= cap) {
            return new ChoiceSample(purchases, all.size(), all.size());
        }
        long threshold = (long) Math.floor((double) cap / all.size() * (1L << 32));
        List<Transaction> kept = new ArrayList<>();
        Set<String> picked = new HashSet<>();
        for (Transaction purchase : purchases) {
            if (picked(purchase.customerId(), threshold)) {
                kept.add(purchase);
                picked.add(purchase.customerId());
            }
        }
        return new ChoiceSample(kept, picked.size(), all.size());
    }

    boolean whole() {
        return customers == of;
    }

    /** For the fit's diagnostics: how many customers the comparison saw, of how many. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("customers", customers);
        map.put("of", of);
        return map;
    }

    /** String.hashCode is fixed by the language; the finaliser of MurmurHash3 spreads it over all 32 bits. */
    private static boolean picked(String customerKey, long threshold) {
        int h = customerKey.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Integer.toUnsignedLong(h) < threshold;
    }
}
