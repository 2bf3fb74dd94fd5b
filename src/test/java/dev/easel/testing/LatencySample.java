package dev.easel.testing;

import java.util.Arrays;

/** Request latencies of one benchmark phase, in nanoseconds, summarised by sorting (no histogram library needed). */
public final class LatencySample {

    private final long[] nanos;

    public LatencySample(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    /** The latency that {@code percent} of the requests did not exceed (nearest rank). */
    public double percentileMillis(double percent) {
        if (nanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    public double maxMillis() {
        return nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6;
    }
}
