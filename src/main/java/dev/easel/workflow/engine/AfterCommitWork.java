package dev.easel.workflow.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs what an after-commit listener starts (a process instance, a message correlation) on a thread of its own.
 * After commit the committing thread still holds its database connection until the listeners return; work done there
 * in a new transaction needs a second connection, and enough concurrent requests then wait on each other for the pool.
 * With {@code easel.workflow.recalculation.asynchronous-requests=false} (the tests) the work runs at once instead.
 */
@Component
public class AfterCommitWork {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitWork.class);

    private final Executor executor;
    private final TransactionTemplate newTransaction;

    AfterCommitWork(WorkflowProperties properties, PlatformTransactionManager transactions) {
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = properties.recalculation().asynchronousRequests()
                ? Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "after-commit-work");
                    thread.setDaemon(true);
                    return thread;
                })
                : Runnable::run;
    }

    /** Like {@link #submit}, with the work in a transaction of its own. */
    public void submitInNewTransaction(String what, Runnable work) {
        submit(what, () -> newTransaction.executeWithoutResult(status -> work.run()));
    }

    /** @param what names the work in the log if it fails (pseudonymous keys only) */
    public void submit(String what, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("After-commit work failed: {}", what, e);
            }
        });
    }
}
