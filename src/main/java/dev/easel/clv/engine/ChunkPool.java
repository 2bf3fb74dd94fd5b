package dev.easel.clv.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs chunk work on a few threads, so that one chunk's rules run while another waits for the database. Results
 * are handed on in submission order, and at most two chunks per thread are in flight, which bounds memory.
 */
final class ChunkPool<T> implements AutoCloseable {

    private final ExecutorService executor;
    private final int threads;
    private final Consumer<T> consumer;
    private final Deque<Future<T>> inFlight = new ArrayDeque<>();

    ChunkPool(int threads, Consumer<T> consumer) {
        this.threads = Math.max(1, threads);
        this.executor = Executors.newFixedThreadPool(this.threads, runnable -> {
            Thread thread = new Thread(runnable, "clv-chunk");
            thread.setDaemon(true);
            return thread;
        });
        this.consumer = consumer;
    }

    void submit(Callable<T> work) {
        inFlight.add(executor.submit(work));
        while (inFlight.size() > threads * 2) {
            consumer.accept(await(inFlight.poll()));
        }
    }

    /** Waits for everything submitted and hands it on; the first failure is rethrown. */
    void drain() {
        while (!inFlight.isEmpty()) {
            consumer.accept(await(inFlight.poll()));
        }
    }

    static <T> void runAll(int threads, List<Callable<T>> work) {
        try (ChunkPool<T> pool = new ChunkPool<>(threads, result -> {})) {
            work.forEach(pool::submit);
            pool.drain();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a chunk", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
