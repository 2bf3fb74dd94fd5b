package dev.easel.commerce.ledger;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.commerce.ImportReport;
import dev.easel.commerce.LedgerImported;
import dev.easel.commerce.PromotionRequest;
import dev.easel.commerce.Promotions;
import dev.easel.commerce.SellerRequest;
import dev.easel.commerce.Sellers;
import dev.easel.shared.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a CSV file into the ledger in one transaction. Rows are read one at a time and validated as they come;
 * valid rows are written in chunks while the file is clean. The first bad line turns the rest into validation only,
 * and the transaction is rolled back at the end, as it is for a dry run.
 */
@Service
class CsvImporter implements CsvImports {

    private static final Logger log = LoggerFactory.getLogger(CsvImporter.class);
    /** Entries per look-up cache (customers, sellers, promotions): bounded whatever the file's size. */
    private static final int CACHE_CAPACITY = 100_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final LedgerQueries queries;
    private final LedgerWriter writer;
    private final CustomerStore customers;
    private final Sellers sellers;
    private final Promotions promotions;
    private final ForeignKeySuspension foreignKeys;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    CsvImporter(
            LedgerQueries queries,
            LedgerWriter writer,
            CustomerStore customers,
            Sellers sellers,
            Promotions promotions,
            ForeignKeySuspension foreignKeys,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.queries = queries;
        this.writer = writer;
        this.customers = customers;
        this.sellers = sellers;
        this.promotions = promotions;
        this.foreignKeys = foreignKeys;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public ImportReport importFile(ImportKind kind, Reader csv, boolean dryRun) {
        return run(kind, csv, dryRun, false, true);
    }

    @Override
    public ImportReport bulkLoad(ImportKind kind, Reader csv) {
        return run(kind, csv, false, true, true);
    }

    /**
     * @param pipelined for orders: parse on a second thread while this one writes (the default). Without it the same
     *                  stages run one after the other on this thread, which the benchmark compares against.
     */
    ImportReport run(ImportKind kind, Reader csv, boolean dryRun, boolean bulk, boolean pipelined) {
        return run(kind, csv, dryRun, bulk, pipelined, true);
    }

    /**
     * @param copy for a bulk load of orders on PostgreSQL: write with COPY (the default) rather than the multi-row
     *             inserts of the normal import, which the benchmark compares against. Without suspended keys (a
     *             login that does not own the tables) COPY still saves parsing and casting, not the key checks.
     */
    ImportReport run(ImportKind kind, Reader csv, boolean dryRun, boolean bulk, boolean pipelined, boolean copy) {
        ImportErrors errors = new ImportErrors();
        long started = System.nanoTime();
        long[] outcome = transactions.execute(status -> {
            List<ForeignKeySuspension.ForeignKey> suspended = bulk ? foreignKeys.suspend(kind) : List.of();
            AtomicLong lines = new AtomicLong();
            ImportCounts counts;
            boolean copying = copy && bulk;
            if (kind == ImportKind.ORDERS && pipelined) {
                OrderChunkWriter orders = orderWriter(errors, copying);
                readPipelined(kind, csv, orders, errors, lines);
                counts = orders;
            } else {
                FileImport file = fileImport(kind, errors, copying);
                read(kind, new CsvReader(csv), file, errors, lines);
                counts = file;
            }
            if (!suspended.isEmpty() && !errors.any()) {
                restore(kind, suspended, errors);
            }
            if (dryRun || errors.any()) {
                status.setRollbackOnly();
            } else {
                events.publishEvent(new LedgerImported(kind, lines.get(), counts.imported()));
            }
            // A file with bad lines stores nothing, so it imported nothing, whatever validated.
            return new long[] {lines.get(), errors.any() ? 0 : counts.imported(), counts.unchanged()};
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        // Counts only: rows may hold personal data, so none of their content is logged.
        log.info(
                "CSV {} of {}{}: {} lines, {} imported, {} unchanged, {} bad lines, {} ms",
                bulk ? "bulk load" : "import",
                kind.noun(),
                dryRun ? " (dry run)" : "",
                outcome[0],
                outcome[1],
                outcome[2],
                errors.count(),
                millis);
        return new ImportReport(
                kind.noun() + ".csv", kind, dryRun, outcome[0], outcome[1], outcome[2], errors.count(), errors.kept());
    }

    private void readPipelined(
            ImportKind kind, Reader csv, OrderChunkWriter orders, ImportErrors errors, AtomicLong lines) {
        try {
            new ImportPipeline<List<ParsedOrder>>()
                    .run(
                            chunks -> read(
                                    kind, new CsvReader(csv), new OrderChunks(chunks, kind.columns()), errors, lines),
                            orders::write);
        } catch (DataAccessException refused) {
            refusedNear(kind, orders.lastLine(), refused, errors);
        }
    }

    /** A rollback would restore the keys too; this only runs on the way to a commit. */
    private void restore(ImportKind kind, List<ForeignKeySuspension.ForeignKey> keys, ImportErrors errors) {
        try {
            foreignKeys.restore(keys);
        } catch (DataAccessException refused) {
            log.warn(
                    "CSV bulk load of {}: a foreign key did not hold: {}",
                    kind.noun(),
                    refused.getClass().getSimpleName());
            errors.add(0, "file", "a row refers to something the ledger does not have; nothing was stored");
        }
    }

    private OrderChunkWriter orderWriter(ImportErrors errors, boolean copy) {
        return new OrderChunkWriter(queries, writer, new ReferenceCache(queries, CACHE_CAPACITY), errors, copy);
    }

    private FileImport fileImport(ImportKind kind, ImportErrors errors, boolean copy) {
        return switch (kind) {
            case ORDERS -> new OrderFileImport(orderWriter(errors, copy), kind.columns());
            case REFUNDS ->
                new RefundFileImport(
                        queries, writer, new ReferenceCache(queries, CACHE_CAPACITY), errors, kind.columns());
            case CUSTOMERS -> new CustomerFileImport(customers, errors);
            case SELLERS ->
                new CatalogueFileImport<>(
                        row -> new SellerRequest(
                                row.text(0), row.text(1), row.text(2), row.date(3), row.text(4), row.text(5)),
                        CatalogueRules::validate,
                        sellers::record,
                        errors);
            case PROMOTIONS ->
                new CatalogueFileImport<>(
                        row -> new PromotionRequest(
                                row.text(0), row.text(1), row.time(2), row.time(3), row.decimal(4), row.text(5)),
                        CatalogueRules::validate,
                        promotions::record,
                        errors);
        };
    }

    /** Counts the data lines read (the header not counted) into {@code lines}, which another thread may read. */
    private Void read(ImportKind kind, CsvReader reader, RowConsumer file, ImportErrors errors, AtomicLong lines) {
        List<String> columns = kind.columns();
        try {
            String[] header = reader.next();
            if (header == null || !columns.equals(Arrays.asList(stripByteOrderMark(header)))) {
                errors.add(1, "header", "must be exactly " + String.join(",", columns));
                return null;
            }
            String[] cells;
            while ((cells = reader.next()) != null) {
                lines.incrementAndGet();
                if (cells.length != columns.size()) {
                    errors.add(
                            reader.recordLine(),
                            "line",
                            "has " + cells.length + " cells where " + columns.size() + " are expected");
                    continue;
                }
                file.accept(new Row(cells, reader.recordLine(), columns, errors));
            }
            file.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CSV file", e);
        } catch (DataAccessException refused) {
            refusedNear(kind, reader.recordLine(), refused, errors);
        }
        return null;
    }

    /** Validation let something through that the schema refuses; the transaction is lost, so stop there. */
    private static void refusedNear(ImportKind kind, long line, DataAccessException refused, ImportErrors errors) {
        log.warn(
                "CSV import of {} refused by the database near line {}: {}",
                kind.noun(),
                line,
                refused.getClass().getSimpleName());
        errors.add(line, "line", "the database refused the rows up to this line");
    }

    private static String[] stripByteOrderMark(String[] header) {
        if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == BYTE_ORDER_MARK) {
            header[0] = header[0].substring(1);
        }
        return header;
    }
}
