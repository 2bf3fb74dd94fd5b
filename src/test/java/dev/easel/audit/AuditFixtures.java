package dev.easel.audit;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes decision records for other modules' tests, the way this module's listeners would, so that reports and other
 * readers can be tested against a real, intact chain without the modules that make those decisions.
 */
@Component
public class AuditFixtures {

    private final DecisionLog log;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    AuditFixtures(DecisionLog log, org.springframework.transaction.support.TransactionTemplate transactions) {
        this.log = log;
        this.transactions = transactions;
    }

    /**
     * Appends {@code count} published-CLV decisions, the i-th for {@code customerKey.apply(i)}: a quick way to a long,
     * intact chain for benchmarks. A transaction per thousand, because every append updates the chain's head row and
     * one long transaction would make each lock walk all the row versions it left behind.
     */
    public void recordMany(int count, java.util.function.IntFunction<String> customerKey) {
        for (int start = 0; start < count; start += 1_000) {
            int first = start;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(first + 1_000, count); i++) {
                    log.append(new Decision(
                            DecisionKind.CLV_PUBLISHED,
                            "easel",
                            "SYSTEM",
                            customerKey.apply(i),
                            "ruleset-bench",
                            "fit-bench",
                            null,
                            List.of("Returns do not count toward CLV"),
                            Map.of("currency", "EUR", "totalClv", (100 + i % 900) + ".25"),
                            "batch run",
                            null));
                }
            });
        }
    }

    /** Appends {@code count} decisions, the i-th {@code decision.apply(i)}, a thousand to a transaction. */
    public void recordEach(int count, java.util.function.IntFunction<Decision> decision) {
        for (int start = 0; start < count; start += 1_000) {
            int first = start;
            transactions.executeWithoutResult(status ->
                    log.appendAll(java.util.stream.IntStream.range(first, Math.min(first + 1_000, count))
                            .mapToObj(decision)
                            .toList()));
        }
    }

    /** Appends a decision and returns its record id. */
    public long record(
            DecisionKind kind,
            String actor,
            String actorRole,
            String customerKey,
            Map<String, Object> outputs,
            List<String> rulesFired,
            String reason) {
        return log.append(new Decision(
                        kind,
                        actor,
                        actorRole,
                        customerKey,
                        "ruleset-test",
                        "fit-test",
                        null,
                        rulesFired,
                        outputs,
                        reason,
                        null))
                .id();
    }
}
