package dev.easel.commerce;

import java.io.Reader;

/**
 * Streams a CSV file of one {@link ImportKind} into the ledger in one transaction: all of it, or nothing when any line
 * is bad. A dry run validates everything and stores nothing.
 */
public interface CsvImports {

    ImportReport importFile(ImportKind kind, Reader csv, boolean dryRun);
}
