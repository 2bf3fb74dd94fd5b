package dev.easel.commerce;

/** Promotions, created or updated by their code. */
public interface Promotions {

    Upserted record(PromotionRequest request);
}
