package dev.easel.rules.facts;

/** Product categories of order lines, as the ledger records them. */
public enum ProductCategory {
    PAINTS,
    BRUSHES,
    CANVAS,
    PAPER,
    TOOLS,
    KITS,
    OTHER
}
