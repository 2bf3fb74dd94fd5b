package dev.easel.clv;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak Java heap since a reset: the sum of the heap pools' peak usages (eden, survivor, old). The pools peak at
 * different moments, so the sum is an upper bound, and it counts garbage not collected yet.
 */
final class HeapPeaks {

    private final List<MemoryPoolMXBean> pools;

    private HeapPeaks(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
    }

    static HeapPeaks reset() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapPeaks(heap);
    }

    /** Heap in use now; right after {@code System.gc()}, about what is live. */
    static long liveBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    long peakBytes() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
