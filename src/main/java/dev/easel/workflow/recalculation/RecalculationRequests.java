package dev.easel.workflow.recalculation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coalesces recalculation requests per customer through {@code recalculation_requests}: the row exists while an
 * instance runs for the customer. A request finds the row and marks it (the running instance computes once more), or
 * inserts it and starts an instance in the same transaction, which runs the round at once. The primary key makes a
 * concurrent request for the same customer wait for that transaction: it then inserts the row again and computes on
 * what the first one committed (or fails, and the relay tries it again).
 *
 * <p>Since the round runs in the requesting transaction, the row is inserted and deleted before it commits, so a
 * request finds a committed row, and marks it, only for an instance an earlier version left waiting at its job across
 * an upgrade; the process's "another round" loop is there for those.
 */
@Service
public class RecalculationRequests {

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final Clock clock;

    RecalculationRequests(JdbcClient jdbc, RuntimeService runtime, Clock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Asks for the customer's CLV to be recalculated; joins the caller's transaction. */
    @Transactional
    public void request(String customerKey) {
        int marked = jdbc.sql("UPDATE recalculation_requests SET run_again = TRUE WHERE customer_key = ?")
                .param(customerKey)
                .update();
        if (marked == 0) {
            jdbc.sql("INSERT INTO recalculation_requests (customer_key, run_again, requested_at) VALUES (?, FALSE, ?)")
                    .params(customerKey, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
            runtime.startProcessInstanceByKey(
                    ClvRecalculationProcess.KEY,
                    customerKey,
                    Map.of(ClvRecalculationProcess.CUSTOMER_KEY.name(), customerKey));
        }
    }

    /**
     * Ends a round in the instance's transaction: true when another request arrived meanwhile (the mark is cleared
     * and the instance computes once more), false when the row is gone and the next request starts a new instance.
     */
    boolean completeRound(String customerKey) {
        int deleted = jdbc.sql("DELETE FROM recalculation_requests WHERE customer_key = ? AND run_again = FALSE")
                .param(customerKey)
                .update();
        if (deleted == 1) {
            return false;
        }
        jdbc.sql("UPDATE recalculation_requests SET run_again = FALSE WHERE customer_key = ?")
                .param(customerKey)
                .update();
        return true;
    }
}
