package dev.easel.commerce.ledger;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Overlaps parsing with the database: a parser thread reads and parses the file into chunks while the calling thread,
 * which holds the transaction, writes the previous ones. All JDBC work stays on the calling thread. At most
 * {@link #CHUNKS_AHEAD} chunks wait between the two, so memory stays bounded whatever the file's size.
 */
final class ImportPipeline<C> {

    static final int CHUNKS_AHEAD = 2;

    private final BlockingQueue<Handoff<C>> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);

    /**
     * @param parse  runs on the parser thread; hands each chunk to the consumer it is given, and answers its result
     * @param write  runs on this thread, once per chunk, in file order
     * @return what {@code parse} answered, once every chunk is written
     */
    <R> R run(Function<Consumer<C>, R> parse, Consumer<C> write) {
        Thread parser = new Thread(() -> produce(parse), "csv-import-parser");
        parser.setDaemon(true);
        parser.start();
        try {
            while (true) {
                Handoff<C> handoff = queue.take();
                if (handoff.failure() != null) {
                    throw handoff.failure();
                }
                if (handoff.done()) {
                    @SuppressWarnings("unchecked")
                    R result = (R) handoff.result();
                    return result;
                }
                write.accept(handoff.chunk());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        } finally {
            // On a failure here, stop the parser and wait for it: the reader belongs to the caller.
            parser.interrupt();
            joinQuietly(parser);
        }
    }

    private <R> void produce(Function<Consumer<C>, R> parse) {
        Handoff<C> last;
        try {
            R result = parse.apply(chunk -> put(new Handoff<>(chunk, false, null, null)));
            last = new Handoff<>(null, true, result, null);
        } catch (Stopped stopped) {
            return;
        } catch (RuntimeException | Error failure) {
            last = new Handoff<>(
                    null,
                    true,
                    null,
                    failure instanceof RuntimeException runtime
                            ? runtime
                            : new IllegalStateException("The CSV parser failed", failure));
        }
        try {
            put(last);
        } catch (Stopped stopped) {
            // The writer has gone; nobody waits for the end.
        }
    }

    private void put(Handoff<C> handoff) {
        try {
            queue.put(handoff);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One chunk, or the end with the parser's result or failure. */
    private record Handoff<C>(C chunk, boolean done, Object result, RuntimeException failure) {}

    /** The writer side stopped, so the parser unwinds without handing anything more. */
    private static final class Stopped extends RuntimeException {

        Stopped() {
            super(null, null, false, false);
        }
    }
}
