package dev.easel.demo;

/** The product categories the ledger accepts. */
enum Category {
    PAINTS,
    BRUSHES,
    CANVAS,
    PAPER,
    TOOLS,
    KITS,
    OTHER
}
