package dev.easel.commerce.ledger;

import dev.easel.commerce.CustomerRecorded.Outcome;
import dev.easel.commerce.CustomerRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides which customer each request belongs to (docs/identity-merge.md): a known source id keeps its customer; an
 * unknown source id with the normalised email of a known customer joins that customer; otherwise a new customer with a
 * random key. A known source id whose email belongs to another known customer is a conflict, never a silent merge.
 * Requests are decided in order, so a chunk may create a customer and merge into it a few rows later.
 */
final class IdentityMerge {

    private IdentityMerge() {}

    static List<Decision> decide(
            List<CustomerRequest> requests,
            Map<String, CustomerRef> knownBySourceId,
            Map<String, CustomerRef> knownByEmail,
            Supplier<String> newKey) {
        Map<String, Target> bySourceId = new HashMap<>();
        Map<String, Target> byEmail = new HashMap<>();
        // One Target per known customer, however it was found, so that "same customer" is an identity check.
        Map<Long, Target> byCustomer = new HashMap<>();
        knownBySourceId.forEach((sourceId, ref) ->
                bySourceId.put(sourceId, byCustomer.computeIfAbsent(ref.id(), id -> Target.known(ref))));
        knownByEmail.forEach(
                (email, ref) -> byEmail.put(email, byCustomer.computeIfAbsent(ref.id(), id -> Target.known(ref))));
        List<Decision> decisions = new ArrayList<>(requests.size());
        for (CustomerRequest request : requests) {
            String email = CustomerRules.normaliseEmail(request.email());
            Target bySource = bySourceId.get(request.customerId());
            Target byMail = email == null ? null : byEmail.get(email);
            if (bySource != null && byMail != null && bySource != byMail) {
                decisions.add(new Decision(request, bySource, null, false));
                continue;
            }
            Target target = bySource != null ? bySource : byMail != null ? byMail : Target.fresh(newKey.get());
            Outcome outcome = bySource != null ? Outcome.UPDATED : byMail != null ? Outcome.MERGED : Outcome.CREATED;
            if (bySource == null) {
                bySourceId.put(request.customerId(), target);
            }
            if (email != null) {
                byEmail.putIfAbsent(email, target);
            }
            target.absorb(request);
            decisions.add(new Decision(request, target, outcome, bySource == null));
        }
        return decisions;
    }

    /** {@code outcome} is null for a conflict; {@code newSourceId} when the request's source id must be linked. */
    record Decision(CustomerRequest request, Target target, Outcome outcome, boolean newSourceId) {

        boolean conflict() {
            return outcome == null;
        }
    }

    /** A customer the chunk writes to: known (with its id) or fresh; with the attributes the chunk brings to it. */
    static final class Target {

        private final CustomerRef known;
        private final String key;
        private CustomerState state = CustomerState.EMPTY;

        private Target(CustomerRef known, String key) {
            this.known = known;
            this.key = key;
        }

        static Target known(CustomerRef ref) {
            return new Target(ref, ref.key());
        }

        static Target fresh(String key) {
            return new Target(null, key);
        }

        CustomerRef known() {
            return known;
        }

        String key() {
            return key;
        }

        CustomerState state() {
            return state;
        }

        void absorb(CustomerRequest request) {
            state = state.with(request);
        }
    }
}
