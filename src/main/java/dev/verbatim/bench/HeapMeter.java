package dev.verbatim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures this JVM's heap: the most ever in use (the sum of the heap pools' peaks, garbage
 * included, so it depends on {@code -Xmx}) and the most still in use right after a collection
 * (the live set, the figure that decides how small {@code -Xmx} can be). Thread-safe.
 */
final class HeapMeter {
  private final AtomicLong peakAfterGc = new AtomicLong();

  /** Starts listening to the collectors; call once, early. */
  HeapMeter() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((n, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (isHeap(e.getKey())) {
                used += e.getValue().getUsed();
              }
            }
            peakAfterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }
  }

  private static boolean isHeap(String pool) {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getName().equals(pool)) {
        return p.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  /** The sum of the heap pools' peak use so far, in bytes. */
  long peakUsed() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The most heap in use just after a collection so far, in bytes. */
  long peakLive() {
    return peakAfterGc.get();
  }

  /** The maximum heap size ({@code -Xmx}), in bytes. */
  static long max() {
    return Runtime.getRuntime().maxMemory();
  }
}
