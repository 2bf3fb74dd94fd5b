package dev.easel.commerce.ledger;

import dev.easel.shared.FieldProblem;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * sellers.csv and promotions.csv: small files of reference data, one upsert per row.
 *
 * @param <R> the request a row becomes
 */
final class CatalogueFileImport<R> implements FileImport {

    private final Function<Row, R> parse;
    private final Function<R, List<FieldProblem>> validate;
    private final Consumer<R> store;
    private final ImportErrors errors;
    private long imported;

    CatalogueFileImport(
            Function<Row, R> parse, Function<R, List<FieldProblem>> validate, Consumer<R> store, ImportErrors errors) {
        this.parse = parse;
        this.validate = validate;
        this.store = store;
        this.errors = errors;
    }

    @Override
    public void accept(Row row) {
        R request = parse.apply(row);
        if (!row.parsed()) {
            return;
        }
        List<FieldProblem> violations = validate.apply(request);
        if (!violations.isEmpty()) {
            violations.forEach(violation -> errors.add(row.line(), violation.field(), violation.message()));
            return;
        }
        if (!errors.any()) {
            store.accept(request);
        }
        imported++;
    }

    @Override
    public void finish() {
        // Every row is stored as it is read.
    }

    @Override
    public long imported() {
        return imported;
    }

    @Override
    public long unchanged() {
        return 0;
    }
}
