package dev.easel.rules.facts;

/** Whether a line was sold from the marketplace's own stock or by a third-party seller. */
public enum SellerParty {
    FIRST_PARTY,
    THIRD_PARTY
}
