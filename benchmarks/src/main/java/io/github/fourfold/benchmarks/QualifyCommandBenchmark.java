package io.github.fourfold.benchmarks;

import io.github.fourfold.benchmarks.command.AllocationAgent;
import io.github.fourfold.benchmarks.command.ChildProcesses;
import io.github.fourfold.benchmarks.command.NdjsonFile;
import io.github.fourfold.benchmarks.command.PlainJacksonNdjson;
import io.github.fourfold.benchmarks.data.Dataset;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The {@code qualify} command end to end (issue 7, item 5): each invocation runs a fresh JVM on an
 * NDJSON file of seeded leads, standard output discarded, JVM start-up included, and waits for it.
 * Scores are per lead: {@code @OperationsPerInvocation} must equal {@code leads}, so a run with
 * another file size passes both, e.g. {@code -p leads=1000000 -opi 1000000} ({@code run.sh --long}
 * does). CPU time ({@link CpuTimeProfiler}) includes the child process's; the bytes allocated and
 * the peak RSS come from the child itself ({@link AllocationAgent}).
 *
 * <ul>
 *   <li>{@code qualifyCommand}: {@code java -jar qualify.jar --as-of 2026-11-28 FILE}, the JVM's
 *       default heap and the command's default threads (one per processor);
 *   <li>{@code qualifyCommandOneThread}: the same with {@code --threads 1}, everything on one
 *       thread;
 *   <li>{@code plainJackson}: the floor, {@link PlainJacksonNdjson} (line to tree to a small
 *       object), the JVM's default heap;
 *   <li>{@code qualifyCommandXmx64m}: the command under {@code -Xmx64m}, default threads.
 * </ul>
 *
 * <p>Before any timing, the setup runs the benchmark's program once on the file and checks that it
 * exits with 0 and writes exactly one line per lead (and, for the command, no error lines).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class QualifyCommandBenchmark {
  /** The default number of leads; {@code @OperationsPerInvocation} must match {@code leads}. */
  static final int DEFAULT_LEADS = 100_000;

  /** The file and the command lines. */
  @State(Scope.Benchmark)
  public static class Commands {
    /** How many leads the NDJSON file holds. */
    @Param("100000")
    public int leads;

    /** The {@code qualify} command's jar, relative to the working directory (the repository). */
    @Param("examples/target/qualify.jar")
    public String qualifyJar = "";

    /** Where the NDJSON file is kept (made on first use). */
    @Param("benchmarks/target")
    public String dir = "";

    Path file = Path.of("");
    Path stderr = Path.of("");
    List<String> qualify = List.of();
    List<String> qualifyOneThread = List.of();
    List<String> plain = List.of();
    List<String> qualifyXmx64m = List.of();

    /**
     * Makes the file, the command lines, and checks what the benchmark's program writes.
     *
     * @param params JMH's parameters, for the operations per invocation
     * @throws IOException when the file cannot be made or a program not run
     * @throws InterruptedException when interrupted
     */
    @Setup
    public void setUp(BenchmarkParams params) throws IOException, InterruptedException {
      if (params.getOpsPerInvocation() != leads) {
        throw new IllegalStateException("pass -opi " + leads + " with -p leads=" + leads
            + " (operations per invocation " + params.getOpsPerInvocation() + ")");
      }
      file = NdjsonFile.of(Path.of(dir), leads);
      stderr = Files.createTempFile("qualify-command", ".stderr");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String benchmarksJar;
      try {
        benchmarksJar = new File(AllocationAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getPath();
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
      String agent = "-javaagent:" + benchmarksJar;
      String asOf = Dataset.AS_OF.toString();
      qualify = List.of(java, agent, "-jar", qualifyJar, "--as-of", asOf, file.toString());
      qualifyOneThread = List.of(java, agent, "-jar", qualifyJar, "--threads", "1", "--as-of", asOf, file.toString());
      qualifyXmx64m = List.of(java, "-Xmx64m", agent, "-jar", qualifyJar, "--as-of", asOf, file.toString());
      plain = List.of(java, agent, "-cp", benchmarksJar, PlainJacksonNdjson.class.getName(), file.toString());
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      List<String> command = switch (method) {
        case "plainJackson" -> plain;
        case "qualifyCommandXmx64m" -> qualifyXmx64m;
        case "qualifyCommandOneThread" -> qualifyOneThread;
        default -> qualify;
      };
      check(command, !method.equals("plainJackson"));
    }

    /** Runs a program once, counting its output lines, and checks one line per lead. */
    private void check(List<String> command, boolean noErrors) throws IOException, InterruptedException {
      Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      long lines = 0;
      long errors = 0;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          lines++;
          if (line.startsWith("{\"error\"")) {
            errors++;
          }
        }
      }
      int status = p.waitFor();
      if (status != 0 || lines != leads || (noErrors && errors > 0)) {
        throw new IllegalStateException(String.format(
            "%s: exit status %d, %d output lines for %d leads, %d error lines; stderr: %s",
            command, status, lines, leads, errors, Files.readString(stderr, StandardCharsets.UTF_8)));
      }
      System.out.printf("%nDataset: %s, %d leads, %d bytes; checked: %d output lines, %d errors, exit 0: %s%n",
          file.getFileName(), leads, Files.size(file), lines, errors, String.join(" ", command));
    }

    /** Runs a program with its output discarded and records what its agent reports. */
    void run(List<String> command) throws IOException, InterruptedException {
      Process p = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(stderr.toFile())
          .start();
      int status = p.waitFor();
      List<String> err = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      if (status != 0) {
        throw new IllegalStateException(command + ": exit status " + status + "; stderr: " + err);
      }
      List<String> reports = new ArrayList<>();
      for (String line : err) {
        if (line.startsWith(AllocationAgent.PREFIX)) {
          reports.add(line);
        }
      }
      if (reports.size() != 1) {
        throw new IllegalStateException(command + ": no report from the agent; stderr: " + err);
      }
      String report = reports.get(0);
      ChildProcesses.add(
          Long.parseLong(report.replaceAll(".*allocated=(-?\\d+).*", "$1")),
          Long.parseLong(report.replaceAll(".*peakRssKb=(-?\\d+).*", "$1")));
    }
  }

  /**
   * The {@code qualify} command on the file, default heap, default threads.
   *
   * @throws Exception when it fails
   */
  @Benchmark
  @OperationsPerInvocation(DEFAULT_LEADS)
  public void qualifyCommand(Commands c) throws Exception {
    c.run(c.qualify);
  }

  /**
   * The {@code qualify} command on the file with {@code --threads 1}, default heap.
   *
   * @throws Exception when it fails
   */
  @Benchmark
  @OperationsPerInvocation(DEFAULT_LEADS)
  public void qualifyCommandOneThread(Commands c) throws Exception {
    c.run(c.qualifyOneThread);
  }

  /**
   * The floor: the plain Jackson NDJSON program on the same file.
   *
   * @throws Exception when it fails
   */
  @Benchmark
  @OperationsPerInvocation(DEFAULT_LEADS)
  public void plainJackson(Commands c) throws Exception {
    c.run(c.plain);
  }

  /**
   * The {@code qualify} command under {@code -Xmx64m}: it must finish.
   *
   * @throws Exception when it fails
   */
  @Benchmark
  @OperationsPerInvocation(DEFAULT_LEADS)
  public void qualifyCommandXmx64m(Commands c) throws Exception {
    c.run(c.qualifyXmx64m);
  }
}
