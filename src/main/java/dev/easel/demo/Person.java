package dev.easel.demo;

import java.util.List;

/**
 * A synthetic customer: everything about them that stays the same across their orders.
 *
 * @param birthYear {@code null} when unknown
 * @param firstSeen when they first ordered, in epoch seconds
 */
record Person(
        long number,
        CustomerType type,
        Jurisdiction jurisdiction,
        Integer birthYear,
        String name,
        List<Identity> identities,
        Buying buying,
        long firstSeen) {

    Identity primary() {
        return identities.get(0);
    }

    String currency() {
        return jurisdiction.currency();
    }
}
