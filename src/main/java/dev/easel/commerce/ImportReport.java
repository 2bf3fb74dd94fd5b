package dev.easel.commerce;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one CSV file: lines read, records imported (or that would be, on a dry run), records that repeated
 * ones already recorded, and the bad lines. {@code errors} is capped; {@code errorCount} says how many there were.
 */
public record ImportReport(
        String file,
        ImportKind kind,
        boolean dryRun,
        long linesRead,
        long imported,
        long unchanged,
        long errorCount,
        List<LineError> errors) {

    public boolean succeeded() {
        return errorCount == 0;
    }

    public ImportReport withFile(String name) {
        return new ImportReport(name, kind, dryRun, linesRead, imported, unchanged, errorCount, errors);
    }

    /** Adds {@code ordersImported} (or {@code customersImported}, ...) next to the generic count. */
    @JsonAnyGetter
    public Map<String, Object> namedCount() {
        return Map.of(kind.noun() + "Imported", imported);
    }

    public record LineError(long line, String field, String message) {}
}
