package org.unionfund.ledger.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/** Samples the heap every 10 ms and listens to the garbage collector for the live heap after each collection. */
final class HeapWatch {
    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());
    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxLive = new AtomicLong();
    private volatile boolean running = true;
    private final List<Runnable> cleanups = new ArrayList<>();

    static HeapWatch start() {
        System.gc();
        HeapWatch watch = new HeapWatch();
        Thread sampler = new Thread(() -> {
            while (watch.running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                watch.maxUsed.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                javax.management.NotificationListener listener = (notification, handback) -> {
                    if (!watch.running || !notification.getType().equals(
                            GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> HEAP_POOLS.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    watch.maxLive.accumulateAndGet(after, Math::max);
                };
                emitter.addNotificationListener(listener, null, null);
                watch.cleanups.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // gone already
                    }
                });
            }
        }
        return watch;
    }

    void stop() {
        running = false;
        cleanups.forEach(Runnable::run);
    }

    long maxUsed() {
        return maxUsed.get();
    }

    long maxLive() {
        return maxLive.get();
    }
}
