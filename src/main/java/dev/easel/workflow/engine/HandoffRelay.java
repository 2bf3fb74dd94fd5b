package dev.easel.workflow.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the rows of {@code workflow_handoffs} to their handlers and deletes them, in one transaction per batch: a row
 * is gone exactly when its work is committed. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes
 * share the table, and a node that dies mid-batch releases its rows with its connection. Woken after each commit
 * that wrote a row, and polling meanwhile for rows left by a crash or by another node. When a batch fails, its rows
 * are tried one at a time, and a row that fails again waits longer each time before the next attempt.
 *
 * <p>{@code easel.workflow.relay.threads} threads share the table as nodes do; a thread that claims a full batch wakes
 * another, so a queue is worked on by all of them. With {@code easel.workflow.recalculation.asynchronous-requests=false}
 * (the tests) there is no thread of its own: the committing thread relays at once.
 */
@Component
class HandoffRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HandoffRelay.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final String COLUMNS = "id, kind, subject, detail";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<HandoffHandler> handlerBeans;
    private Map<HandoffKind, HandoffHandler> handlers;
    private final WorkflowProperties.Relay settings;
    private final boolean ownThread;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private final ReentrantLock relaying = new ReentrantLock();
    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    HandoffRelay(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ObjectProvider<HandoffHandler> handlers,
            WorkflowProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // Looked up when first needed: the handlers hand off work themselves, so they depend on this relay.
        this.handlerBeans = handlers;
        this.settings = properties.relay();
        this.ownThread = properties.recalculation().asynchronousRequests();
        this.clock = clock;
    }

    /** After the processes are deployed: first what a previous run left, then what commits bring. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!ownThread) {
            relayAll();
            return;
        }
        if (threads.isEmpty()) {
            running = true;
            for (int number = 1; number <= Math.max(1, settings.threads()); number++) {
                Thread thread = new Thread(this::run, "workflow-handoff-relay-" + number);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }
    }

    @Override
    public synchronized void destroy() throws InterruptedException {
        running = false;
        wakeUps.release(threads.size());
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        threads.clear();
    }

    void wake() {
        if (ownThread) {
            wakeUps.release();
        } else {
            relayAll();
        }
    }

    private void run() {
        while (running) {
            try {
                relayUntilNothingDue();
            } catch (RuntimeException e) {
                log.error("Relaying workflow hand-offs failed; trying again in {}", settings.pollInterval(), e);
            }
            try {
                wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Relays until no row is due; a handler that hands off again on this thread adds to the loop, not a new one. */
    void relayAll() {
        if (relaying.isHeldByCurrentThread()) {
            return;
        }
        relaying.lock();
        try {
            relayUntilNothingDue();
        } finally {
            relaying.unlock();
        }
    }

    private void relayUntilNothingDue() {
        while (relayBatch() > 0) {
            // until nothing is due
        }
    }

    /** @return how many rows were taken (done or rescheduled) */
    private int relayBatch() {
        try {
            Integer done = transaction.execute(status -> {
                List<Handoff> due = jdbc.sql("SELECT " + COLUMNS + " FROM workflow_handoffs WHERE next_attempt_at <= ?"
                                + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                        .params(now(), settings.batchSize())
                        .query(HandoffRelay::handoff)
                        .list();
                if (ownThread && due.size() == settings.batchSize()) {
                    // More may be waiting: another thread takes the next batch while this one works.
                    wakeUps.release();
                }
                handleOnce(due);
                due.forEach(this::delete);
                return due.size();
            });
            return done == null ? 0 : done;
        } catch (RuntimeException batchFailed) {
            log.warn("A batch of workflow hand-offs failed, trying them one at a time: {}", batchFailed.toString());
            return relayOneByOne();
        }
    }

    private int relayOneByOne() {
        List<Long> due = jdbc.sql("SELECT id FROM workflow_handoffs WHERE next_attempt_at <= ? ORDER BY id LIMIT ?")
                .params(now(), settings.batchSize())
                .query(Long.class)
                .list();
        for (long id : due) {
            try {
                transaction.executeWithoutResult(status -> jdbc.sql(
                                "SELECT " + COLUMNS + " FROM workflow_handoffs WHERE id = ? FOR UPDATE SKIP LOCKED")
                        .param(id)
                        .query(HandoffRelay::handoff)
                        .optional()
                        .ifPresent(handoff -> {
                            handle(handoff);
                            delete(handoff);
                        }));
            } catch (RuntimeException failed) {
                reschedule(id, failed);
            }
        }
        return due.size();
    }

    private void handleOnce(List<Handoff> due) {
        List<Handoff> distinct = new ArrayList<>();
        for (Handoff handoff : due) {
            if (distinct.stream().noneMatch(handoff::sameRequestAs)) {
                distinct.add(handoff);
            }
        }
        distinct.forEach(this::handle);
    }

    private void handle(Handoff handoff) {
        HandoffHandler handler = handlers().get(handoff.kind());
        if (handler == null) {
            throw new IllegalStateException("No handler for workflow hand-offs of kind " + handoff.kind());
        }
        handler.handle(handoff);
    }

    private synchronized Map<HandoffKind, HandoffHandler> handlers() {
        if (handlers == null) {
            Map<HandoffKind, HandoffHandler> byKind = new EnumMap<>(HandoffKind.class);
            handlerBeans.orderedStream().forEach(handler -> handler.kinds().forEach(kind -> byKind.put(kind, handler)));
            handlers = byKind;
        }
        return handlers;
    }

    private void delete(Handoff handoff) {
        jdbc.sql("DELETE FROM workflow_handoffs WHERE id = ?")
                .param(handoff.id())
                .update();
    }

    /** Waits 1, 2, 4 ... seconds, at most five minutes, before the next attempt. */
    private void reschedule(long id, RuntimeException failure) {
        transaction.executeWithoutResult(status -> {
            Integer attempts = jdbc.sql("SELECT attempts FROM workflow_handoffs WHERE id = ?")
                    .param(id)
                    .query(Integer.class)
                    .optional()
                    .orElse(null);
            if (attempts == null) {
                return;
            }
            Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 9));
            wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            String error = failure.toString();
            jdbc.sql("UPDATE workflow_handoffs SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                            + " WHERE id = ?")
                    .params(now().plus(wait), error.substring(0, Math.min(error.length(), 500)), id)
                    .update();
            log.error("Workflow hand-off {} failed (attempt {}), next attempt in {}", id, attempts + 1, wait, failure);
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Handoff handoff(ResultSet row, int rowNumber) throws SQLException {
        return new Handoff(
                row.getLong("id"),
                HandoffKind.valueOf(row.getString("kind")),
                row.getString("subject"),
                row.getString("detail"));
    }
}
