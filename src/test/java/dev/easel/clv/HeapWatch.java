package dev.easel.clv;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap over one phase of a benchmark, as two figures that {@link HeapPeaks}' sum of pool peaks (which peak at
 * different moments) overstates: the most heap in use at any sample (every 50 ms, garbage included, so bounded by what
 * the collector let grow) and the most heap still in use right after a collection (what was live then, the figure to
 * hold against a heap limit).
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong inUse = new AtomicLong();
    private final AtomicLong afterCollection = new AtomicLong();
    private final Set<String> heapPools;
    private final List<Runnable> detach = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        NotificationListener listener = this::collected;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                detach.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    long peakInUseBytes() {
        return inUse.get();
    }

    long peakAfterCollectionBytes() {
        return afterCollection.get();
    }

    String describe() {
        return String.format(
                "peak heap in use %,d MiB, peak live after a collection %,d MiB",
                peakInUseBytes() >> 20, peakAfterCollectionBytes() >> 20);
    }

    private void sample() {
        while (running) {
            inUse.accumulateAndGet(HeapPeaks.liveBytes(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = 0;
        long before = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                after += pool.getValue().getUsed();
            }
        }
        for (var pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                MemoryUsage usage = pool.getValue();
                before += usage.getUsed();
            }
        }
        afterCollection.accumulateAndGet(after, Math::max);
        inUse.accumulateAndGet(before, Math::max);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        detach.forEach(Runnable::run);
    }
}
