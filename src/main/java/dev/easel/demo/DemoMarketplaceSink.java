package dev.easel.demo;

import java.nio.file.Path;

/**
 * Where the first-start loader puts a generated marketplace: the commerce ledger's CSV import for customers,
 * sellers, promotions, orders and refunds, the consent module for consents. Sinks run in their {@code @Order}, so
 * that the ledger's customers exist before consents refer to them.
 */
interface DemoMarketplaceSink {

    /** Whether the store behind this sink holds nothing yet; the demo loads only if every sink is empty. */
    boolean isEmpty();

    /** Loads the files this sink owns from a directory holding the six CSV files of the contract. */
    void load(Path directory);
}
