package dev.easel.commerce.ledger;

import dev.easel.commerce.CustomerRequest;
import dev.easel.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** customers.csv: one customer (or one more source id of a known customer) per row. */
final class CustomerFileImport implements FileImport {

    private final CustomerStore store;
    private final ImportErrors errors;
    private final List<CustomerRequest> requests = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private long imported;

    CustomerFileImport(CustomerStore store, ImportErrors errors) {
        this.store = store;
        this.errors = errors;
    }

    @Override
    public void accept(Row row) {
        CustomerRequest request = new CustomerRequest(
                row.text(0),
                row.text(1),
                row.text(2),
                row.text(3),
                row.integer(4),
                row.text(5),
                row.text(6),
                null,
                null,
                null,
                row.text(7));
        if (!row.parsed()) {
            return;
        }
        List<FieldProblem> violations = CustomerRules.validate(request);
        if (!violations.isEmpty()) {
            violations.forEach(violation -> errors.add(row.line(), violation.field(), violation.message()));
            return;
        }
        requests.add(request);
        rows.add(row);
        if (requests.size() >= CHUNK_ROWS) {
            flush();
        }
    }

    @Override
    public void finish() {
        flush();
    }

    @Override
    public long imported() {
        return imported;
    }

    @Override
    public long unchanged() {
        return 0;
    }

    private void flush() {
        if (requests.isEmpty()) {
            return;
        }
        List<IdentityMerge.Decision> decisions = store.decide(requests);
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).conflict()) {
                errors.add(
                        rows.get(i).line(),
                        "email",
                        "belongs to another known customer; two known customers " + "are not merged automatically");
            } else {
                imported++;
            }
        }
        if (!errors.any()) {
            store.write(decisions);
        }
        requests.clear();
        rows.clear();
    }
}
