package io.github.fourfold.benchmarks.command;

/**
 * What the command-line benchmarks learned from the processes they ran in the current iteration,
 * for {@link io.github.fourfold.benchmarks.CpuTimeProfiler} to report: the bytes they allocated
 * and their largest peak resident set size. Both are reset by the profiler before each iteration.
 */
public final class ChildProcesses {
  private static long allocated;
  private static long peakRssKb = -1;
  private static int reports;

  private ChildProcesses() {}

  /**
   * Records one process's report.
   *
   * @param bytes the bytes it allocated
   * @param rssKb its peak RSS in KiB, or -1
   */
  public static synchronized void add(long bytes, long rssKb) {
    allocated += bytes;
    peakRssKb = Math.max(peakRssKb, rssKb);
    reports++;
  }

  /** Forgets everything recorded. */
  public static synchronized void reset() {
    allocated = 0;
    peakRssKb = -1;
    reports = 0;
  }

  /** The bytes allocated by the processes since the reset. */
  public static synchronized long allocated() {
    return allocated;
  }

  /** The largest peak RSS since the reset, in KiB, or -1. */
  public static synchronized long peakRssKb() {
    return peakRssKb;
  }

  /** How many processes reported since the reset. */
  public static synchronized int reports() {
    return reports;
  }
}
