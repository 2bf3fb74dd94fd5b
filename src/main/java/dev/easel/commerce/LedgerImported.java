package dev.easel.commerce;

/**
 * A CSV file was imported and committed. Bulk imports publish this one event instead of one per order, so that a
 * million-line file does not become a million recalculations: listeners start a batch run instead.
 */
public record LedgerImported(ImportKind kind, long linesRead, long recordsImported) {}
