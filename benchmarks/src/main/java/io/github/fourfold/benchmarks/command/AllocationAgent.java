package io.github.fourfold.benchmarks.command;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A Java agent ({@code -javaagent:benchmarks.jar}) that makes a command-line process report, when
 * it exits, what {@code -prof gc} and {@code /usr/bin/time -v} would say about it: the bytes its
 * live threads allocated (the main thread included, as long as the program ends with {@code
 * System.exit}, which keeps the main thread alive during shutdown) and its peak resident set size
 * ({@code VmHWM}). One line on standard error, {@link #PREFIX} first, which the command-line
 * benchmarks read. It changes nothing else: no instrumentation, no classes transformed.
 */
public final class AllocationAgent {
  /** The start of the line the agent writes. */
  public static final String PREFIX = "fourfold-benchmarks-agent:";

  private AllocationAgent() {}

  /**
   * Registers the shutdown hook.
   *
   * @param args ignored
   */
  public static void premain(String args) {
    Runtime.getRuntime().addShutdownHook(new Thread(AllocationAgent::report, "allocation-report"));
  }

  private static void report() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocated = Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
        .filter(b -> b > 0)
        .sum();
    long peakKb = -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          peakKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: no peak RSS.
    }
    System.err.printf(Locale.ROOT, "%s allocated=%d peakRssKb=%d%n", PREFIX, allocated, peakKb);
    System.err.flush();
  }
}
