package dev.easel.consent;

import java.io.Reader;
import java.util.List;

/**
 * consents.csv (docs/csv-formats.md) into the consent log, streamed in chunks and all-or-nothing: one bad line and
 * the whole file is refused with every bad line named. One {@link ConsentsImported} event for the file, not one per
 * line, so that a bulk load does not start a recalculation per row.
 */
public interface ConsentImports {

    /** The header consents.csv must start with, in this order. */
    List<String> COLUMNS = List.of(
            "customerId",
            "purpose",
            "status",
            "lawfulBasis",
            "capturedAt",
            "source",
            "policyVersion",
            "wording",
            "signal");

    /** Imports the file, or with {@code dryRun} only validates it; either way throws when any line is bad. */
    ConsentImportReport importFile(Reader csv, boolean dryRun, String recordedBy);
}
