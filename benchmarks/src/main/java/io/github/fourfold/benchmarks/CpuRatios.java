package io.github.fourfold.benchmarks;

import io.github.fourfold.Qualifier;
import io.github.fourfold.benchmarks.json.JsonRecords;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.LeadRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The speed ratios of issue 15 measured as the CPU time of the one measuring thread, the
 * implementations run in turn (A, B, C, ..., A, B, C, ...) so that each round sees the same
 * machine: a companion to the JMH benchmarks for a shared, busy machine. JMH's {@link
 * CpuTimeProfiler} counts the whole JVM's CPU time, JIT compilation included, which dominates
 * when a loaded machine lets an iteration run only a few invocations; the thread's own CPU time
 * does not include the JIT's or the concurrent GC's threads.
 *
 * <p>The same work as {@link JsonBenchmark} and {@link StreamingBenchmark}, on their own states and
 * checks. Prints, per implementation, the median over the rounds of CPU ns and wall ns per lead,
 * then the ratios.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.fourfold.benchmarks.CpuRatios [rounds] [--no-streaming]
 * }</pre>
 */
public final class CpuRatios {
  /** One implementation: a pass over its input, returning something to keep it from being elided. */
  @FunctionalInterface
  interface Pass {
    long run() throws IOException;
  }

  /** An implementation, the leads one pass reads, and its samples (CPU ns, wall ns per lead). */
  private record Impl(String name, int leads, Pass pass, List<double[]> samples) {
    Impl(String name, int leads, Pass pass) {
      this(name, leads, pass, new ArrayList<>());
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuRatios() {}

  /**
   * Measures and prints.
   *
   * @param args the number of measured rounds (default 15), and {@code --no-streaming} to leave
   *     out the 100,000-lead streaming input
   * @throws IOException never: the inputs are in memory
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 15;
    boolean streaming = !Arrays.asList(args).contains("--no-streaming");
    JsonBenchmark.Documents d = new JsonBenchmark.Documents();
    d.setUp();
    Qualifier qualifier = d.qualifier;
    LocalDate asOf = d.asOf;
    int docs = d.docs.length;
    List<Impl> impls = new ArrayList<>();
    impls.add(new Impl("J2 databind records", docs,
        () -> each(d, doc -> d.records.<JsonRecords.JsonLead>readValue(doc).hashCode() & 1)));
    impls.add(new Impl("J2 read", docs, () -> each(d, doc -> d.fourfold.read(doc).id().length())));
    impls.add(new Impl("J2 read+qualify", docs,
        () -> each(d, doc -> qualifier.qualify(d.fourfold.read(doc), asOf).verdict().ordinal())));
    impls.add(new Impl("J3 databind records", docs,
        () -> each(d, doc -> d.records3.<JsonRecords.JsonLead>readValue(doc).hashCode() & 1)));
    impls.add(new Impl("J3 read", docs, () -> each(d, doc -> d.fourfold3.read(doc).id().length())));
    impls.add(new Impl("J3 read+qualify", docs,
        () -> each(d, doc -> qualifier.qualify(d.fourfold3.read(doc), asOf).verdict().ordinal())));
    if (streaming) {
      StreamingBenchmark.Input in = new StreamingBenchmark.Input();
      in.setUp();
      int leads = StreamingBenchmark.LEADS;
      impls.add(new Impl("stream J2 readLeads", leads,
          () -> count(in.json.readLeads(new ByteArrayInputStream(in.ndjson), Framing.NDJSON))));
      impls.add(new Impl("stream J3 readLeads", leads,
          () -> count(in.json3.readLeads(new ByteArrayInputStream(in.ndjson), Framing.NDJSON))));
      impls.add(new Impl("stream tokens floor", leads, () -> {
        long n = 0;
        try (com.fasterxml.jackson.core.JsonParser p =
            in.factory.createParser(new ByteArrayInputStream(in.ndjson))) {
          while (p.nextToken() != null) {
            n++;
          }
        }
        return n;
      }));
    }
    long sink = 0;
    // Warm-up: about the same number of leads for every implementation, in turn.
    for (int i = 0; i < 12; i++) {
      for (Impl impl : impls) {
        for (int t = 0; t < Math.max(1, 30_000 / impl.leads()); t++) {
          sink += impl.pass().run();
        }
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (Impl impl : impls) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        sink += impl.pass().run();
        long wall = System.nanoTime() - wall0;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
        impl.samples().add(new double[] {(double) cpu / impl.leads(), (double) wall / impl.leads()});
      }
    }
    Map<String, double[]> median = new LinkedHashMap<>();
    System.out.printf(Locale.ROOT, "%n%-22s %12s %12s %12s%n",
        "per lead, median of " + rounds, "CPU ns", "wall ns", "leads/s CPU");
    for (Impl impl : impls) {
      double cpu = median(impl.samples(), 0);
      double wall = median(impl.samples(), 1);
      median.put(impl.name(), new double[] {cpu, wall});
      System.out.printf(Locale.ROOT, "%-22s %,12.0f %,12.0f %,12.0f%n", impl.name(), cpu, wall, 1e9 / cpu);
    }
    System.out.println();
    ratio(median, "J2 read+qualify", "J2 databind records", "<= 1.1");
    ratio(median, "J3 read+qualify", "J3 databind records", "<= 1.2");
    ratio(median, "J3 read", "J2 read", "reported");
    ratio(median, "J3 databind records", "J2 databind records", "reported");
    if (streaming) {
      ratio(median, "stream J2 readLeads", "stream tokens floor", "<= 1.3");
      ratio(median, "stream J3 readLeads", "stream tokens floor", "<= 1.3");
    }
    System.out.println("(checksum " + sink + ")");
  }

  /** One document's work, returning something to keep it from being elided. */
  @FunctionalInterface
  interface PerDocument {
    long apply(byte[] doc) throws IOException;
  }

  private static long each(JsonBenchmark.Documents d, PerDocument work) throws IOException {
    long n = 0;
    for (byte[] doc : d.docs) {
      n += work.apply(doc);
    }
    return n;
  }

  private static long count(LeadReader reader) throws IOException {
    long n = 0;
    for (LeadRecord r = reader.read(); r != null; r = reader.read()) {
      n += r.lead() == null ? 0 : 1;
    }
    return n;
  }

  private static double median(List<double[]> values, int index) {
    double[] sorted = values.stream().mapToDouble(v -> v[index]).sorted().toArray();
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }

  private static void ratio(Map<String, double[]> median, String subject, String reference, String target) {
    double[] s = Objects.requireNonNull(median.get(subject));
    double[] r = Objects.requireNonNull(median.get(reference));
    System.out.printf(Locale.ROOT, "%-22s / %-22s CPU %.2fx  wall %.2fx  (target %s)%n",
        subject, reference, s[0] / r[0], s[1] / r[1], target);
  }
}
