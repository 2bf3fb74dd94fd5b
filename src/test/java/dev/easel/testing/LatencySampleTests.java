package dev.easel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencySampleTests {

    @Test
    void percentilesAreNearestRanksOfTheSortedLatencies() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }

        LatencySample sample = new LatencySample(nanos);

        assertThat(sample.percentileMillis(50)).isEqualTo(50.0);
        assertThat(sample.percentileMillis(99)).isEqualTo(99.0);
        assertThat(sample.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void anEmptySampleAnswersZero() {
        LatencySample sample = new LatencySample(new long[0]);

        assertThat(sample.percentileMillis(99)).isZero();
        assertThat(sample.maxMillis()).isZero();
    }
}
