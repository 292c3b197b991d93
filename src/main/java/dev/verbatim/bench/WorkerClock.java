package dev.verbatim.bench;

import java.lang.management.ManagementFactory;

/** Wall-clock helpers shared by the benchmark workers. */
final class WorkerClock {
  private WorkerClock() {}

  /** Milliseconds since this JVM started. */
  static double sinceJvmStart() {
    long start = ManagementFactory.getRuntimeMXBean().getStartTime();
    return System.currentTimeMillis() - start;
  }

  /** Milliseconds since {@code nanoStart}, a {@link System#nanoTime()} reading. */
  static double millisSince(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1e6;
  }

  /** This process's CPU time so far, all threads, in seconds. */
  static double processCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  /** The machine's load average over the last minute. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static void log(String format, Object... args) {
    System.err.printf("[bench %.1f s] %s%n", sinceJvmStart() / 1000, String.format(format, args));
    System.err.flush();
  }
}
