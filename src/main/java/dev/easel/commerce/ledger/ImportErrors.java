package dev.easel.commerce.ledger;

import dev.easel.commerce.ImportReport.LineError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every bad line is counted; the first {@link #CAP} are kept with their reasons, so a broken file cannot flood memory.
 * Thread-safe: a pipelined import reports parse errors from its parser thread and the rest from the transaction's.
 */
final class ImportErrors {

    static final int CAP = 100;

    private final List<LineError> kept = new ArrayList<>();
    private long count;

    synchronized void add(long line, String field, String message) {
        count++;
        if (kept.size() < CAP) {
            kept.add(new LineError(line, field, message));
        }
    }

    synchronized long count() {
        return count;
    }

    synchronized boolean any() {
        return count > 0;
    }

    /** By line: cells are checked as they are read, references when their chunk is flushed. */
    synchronized List<LineError> kept() {
        return kept.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
    }
}
