package io.github.fourfold.benchmarks;

import io.github.fourfold.benchmarks.command.ChildProcesses;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds {@code cpu.time.norm}: the CPU time the benchmark's JVM used per operation (per lead here),
 * GC and JIT included, plus the CPU time of the child processes it ran and waited for (the
 * command-line benchmarks; Linux only, from {@code /proc/self/stat}, in 10 ms ticks). On a shared
 * machine, wall-clock time also counts the time other processes held the CPU; CPU time does not,
 * so ratios taken from it stay meaningful when the machine is busy. ({@code getProcessCpuTime}
 * ticks in 10 ms on Linux: about 1 % of a 1 s iteration.)
 *
 * <p>When child processes reported through {@link ChildProcesses} it also adds {@code
 * child.alloc.norm} (bytes they allocated per operation) and {@code child.rss.peak} (their peak
 * RSS, MiB).
 *
 * <p>Use: {@code -prof io.github.fourfold.benchmarks.CpuTimeProfiler}; {@code run.sh} always does.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  /** Linux's USER_HZ: the unit of the children's CPU times in {@code /proc/self/stat}. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;
  private long childStart;

  @Override
  public String getDescription() {
    return "CPU time of the benchmark JVM and its waited-for child processes per operation "
        + "(robust to other processes on a shared machine)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    ChildProcesses.reset();
    childStart = childrenCpuNanos();
    start = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - start + childrenCpuNanos() - childStart;
    long ops = result.getMetadata().getAllOps();
    List<Result> results = new ArrayList<>();
    results.add(new ScalarResult(
        "cpu.time.norm", ops == 0 ? Double.NaN : (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
    if (ChildProcesses.reports() > 0 && ops > 0) {
      results.add(new ScalarResult(
          "child.alloc.norm", (double) ChildProcesses.allocated() / ops, "B/op", AggregationPolicy.AVG));
      if (ChildProcesses.peakRssKb() > 0) {
        results.add(new ScalarResult(
            "child.rss.peak", ChildProcesses.peakRssKb() / 1024.0, "MiB", AggregationPolicy.MAX));
      }
    }
    return results;
  }

  /** CPU time of the terminated, waited-for children (cutime + cstime), or 0 off Linux. */
  private static long childrenCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      // After the command name in parentheses: state is field 3, cutime 16 and cstime 17.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
