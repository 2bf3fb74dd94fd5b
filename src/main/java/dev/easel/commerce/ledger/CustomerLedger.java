package dev.easel.commerce.ledger;

import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.CustomerRecorded;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.Customers;
import dev.easel.commerce.IdentityConflictException;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Customers one at a time, each in its own transaction. */
@Service
class CustomerLedger implements Customers {

    private final CustomerStore store;
    private final LedgerQueries queries;
    private final TransactionTemplate transactions;

    CustomerLedger(CustomerStore store, LedgerQueries queries, TransactionTemplate transactions) {
        this.store = store;
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public CustomerRecorded record(CustomerRequest request) {
        List<FieldProblem> violations = CustomerRules.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        try {
            return transactions.execute(status -> recordValid(request));
        } catch (DuplicateKeyException raced) {
            // Another request created this source id or email meanwhile: decide again against what it stored.
            return transactions.execute(status -> recordValid(request));
        }
    }

    @Override
    public Optional<CustomerDetails> find(String customerKey) {
        return store.find(customerKey);
    }

    @Override
    public Map<String, String> keysBySourceIds(Collection<String> customerIds) {
        Map<String, String> keys = new HashMap<>();
        queries.customersBySourceIds(customerIds).forEach((sourceId, customer) -> keys.put(sourceId, customer.key()));
        return keys;
    }

    @Override
    public void holdForDecision(String customerKey) {
        store.lockForDecision(customerKey);
    }

    @Override
    public boolean erasePersonalData(String customerKey) {
        return Boolean.TRUE.equals(transactions.execute(status -> store.erasePersonalData(customerKey)));
    }

    @Override
    public long count() {
        return queries.customerCount();
    }

    private CustomerRecorded recordValid(CustomerRequest request) {
        IdentityMerge.Decision decision = store.decide(List.of(request)).get(0);
        if (decision.conflict()) {
            throw new IdentityConflictException(request.customerId());
        }
        store.write(List.of(decision));
        return new CustomerRecorded(request.customerId(), decision.target().key(), decision.outcome());
    }
}
