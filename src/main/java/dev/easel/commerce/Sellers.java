package dev.easel.commerce;

/** Sellers, created or updated by their id. */
public interface Sellers {

    Upserted record(SellerRequest request);
}
