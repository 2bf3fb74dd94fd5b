package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class ImportPipelineTests {

    @Test
    void writesEveryChunkInOrderOnTheCallingThreadAndAnswersTheParsersResult() {
        List<Integer> written = new ArrayList<>();
        List<String> writerThreads = new ArrayList<>();

        String result = new ImportPipeline<Integer>()
                .run(
                        chunks -> {
                            for (int i = 0; i < 1000; i++) {
                                chunks.accept(i);
                            }
                            return "parsed";
                        },
                        chunk -> {
                            written.add(chunk);
                            writerThreads.add(Thread.currentThread().getName());
                        });

        assertThat(result).isEqualTo("parsed");
        assertThat(written).hasSize(1000).isSorted();
        assertThat(writerThreads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void theParserStaysAtMostAFewChunksAheadOfTheWriter() {
        AtomicInteger parsed = new AtomicInteger();
        AtomicInteger furthestAhead = new AtomicInteger();
        AtomicInteger writtenCount = new AtomicInteger();

        new ImportPipeline<Integer>()
                .run(
                        chunks -> {
                            for (int i = 0; i < 200; i++) {
                                chunks.accept(parsed.incrementAndGet());
                            }
                            return null;
                        },
                        chunk -> {
                            furthestAhead.accumulateAndGet(parsed.get() - writtenCount.incrementAndGet(), Math::max);
                            sleepBriefly();
                        });

        // Queued chunks, the one being handed over, and the one being written.
        assertThat(furthestAhead.get()).isLessThanOrEqualTo(ImportPipeline.CHUNKS_AHEAD + 2);
    }

    @Test
    void aParserFailureReachesTheCaller() {
        assertThatThrownBy(() -> new ImportPipeline<Integer>()
                        .run(
                                chunks -> {
                                    chunks.accept(1);
                                    throw new IllegalArgumentException("unreadable");
                                },
                                chunk -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreadable");
    }

    @Test
    void aWriterFailureStopsTheParserBeforeTheCallReturns() {
        AtomicReference<Thread> parser = new AtomicReference<>();
        AtomicInteger handed = new AtomicInteger();

        assertThatThrownBy(() -> new ImportPipeline<Integer>()
                        .run(
                                chunks -> {
                                    parser.set(Thread.currentThread());
                                    for (int i = 0; i < 1_000_000; i++) {
                                        chunks.accept(i);
                                        handed.incrementAndGet();
                                    }
                                    return null;
                                },
                                chunk -> {
                                    throw new DataIntegrityViolationException("refused");
                                }))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(parser.get().isAlive()).isFalse();
        assertThat(handed.get()).isLessThan(10);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
