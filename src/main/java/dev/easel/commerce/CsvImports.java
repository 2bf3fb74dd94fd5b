package dev.easel.commerce;

import java.io.Reader;

/**
 * Streams a CSV file of one {@link ImportKind} into the ledger in one transaction: all of it, or nothing when any line
 * is bad. A dry run validates everything and stores nothing.
 */
public interface CsvImports {

    ImportReport importFile(ImportKind kind, Reader csv, boolean dryRun);

    /**
     * An initial or benchmark load: the same validation and all-or-nothing, several times faster on PostgreSQL because
     * the foreign keys of the tables written are checked once for the whole file instead of row by row. It locks those
     * tables (and the ones they refer to) against every other reader and writer until it ends: never while the service
     * takes traffic. On other databases it is a plain import.
     */
    ImportReport bulkLoad(ImportKind kind, Reader csv);
}
