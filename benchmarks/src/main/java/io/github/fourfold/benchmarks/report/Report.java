package io.github.fourfold.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Prints the table of the README from JMH's JSON results ({@code -rf json}): per row the CPU time
 * ({@link io.github.fourfold.benchmarks.CpuTimeProfiler}) and wall-clock time per lead, the bytes
 * allocated per lead (JMH's {@code gc.alloc.rate.norm}, which {@code -prof gc} adds; the
 * benchmarks already count per lead) and the ratio to the row's floor; then where each target of
 * issue 7 stands. Ratios use CPU time when it was measured: on a shared machine wall-clock time
 * also counts other processes.
 *
 * <p>Rows whose benchmark is not in the results say "not yet measured": the JSON and
 * {@code qualify}-command rows are declared here already, under the benchmark names they are to
 * get, so adding those benchmarks fills them in.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.fourfold.benchmarks.report.Report results.json
 * [table.md]}.
 */
public final class Report {
  /** A table row: a benchmark (simple class name and method) and the floor it is compared to. */
  record Row(String label, String leads, String benchmark, @Nullable String floor) {}

  /**
   * One benchmark's result, per lead: CPU time ({@code cpu.time.norm}, NaN when not measured),
   * wall-clock time, and bytes allocated ({@code gc.alloc.rate.norm}, NaN when not measured).
   */
  record Result(double cpu, double cpuError, double wall, double wallError, double bytes, double bytesError) {
    /** The time the ratios use: CPU time when measured, else wall-clock time. */
    double ns() {
      return Double.isNaN(cpu) ? wall : cpu;
    }

    double nsError() {
      return Double.isNaN(cpu) ? wallError : cpuError;
    }
  }

  /** How a target compares two results (or one result with a bound). */
  enum Kind {
    /** {@code subject / reference <= bound}. */
    AT_MOST_TIMES,
    /**
     * {@code subject / reference <= bound} in wall-clock time: for what spreads work over threads,
     * where CPU time adds up the threads and only the elapsed time shows the gain.
     */
    AT_MOST_TIMES_WALL,
    /** {@code reference / subject >= bound}: the subject is at least {@code bound} times faster. */
    AT_LEAST_TIMES_FASTER,
    /** {@code subject's bytes per lead <= bound}. */
    AT_MOST_BYTES,
    /** The subject ran to the end (e.g. in bounded memory). */
    FINISHES
  }

  /** A target of issue 7. */
  record Target(String label, Kind kind, String subject, @Nullable String reference, double bound) {}

  static final String SECTION = "## ";

  static final List<Object> ROWS = List.of(
      SECTION + "The rule (items 1-3)",
      new Row("Fourfold default qualifier, full result", "10,000", "QualifyBenchmark.defaultQualifier",
          "QualifyBenchmark.handWrittenFloor"),
      new Row("Hand-written floor: if-chain over records, verdict + bitmask", "10,000",
          "QualifyBenchmark.handWrittenFloor", "QualifyBenchmark.handWrittenFloor"),
      new Row("Easy Rules 4.1, lambda rules on Facts", "10,000", "QualifyBenchmark.easyRulesLambda",
          "QualifyBenchmark.handWrittenFloor"),
      new Row("Easy Rules 4.1, annotated rule classes", "10,000", "QualifyBenchmark.easyRulesAnnotated",
          "QualifyBenchmark.handWrittenFloor"),
      new Row("Fourfold default qualifier, cache-resident", "512",
          "QualifyBenchmark.defaultQualifierCacheResident", "QualifyBenchmark.handWrittenFloorCacheResident"),
      new Row("Hand-written floor, cache-resident", "512", "QualifyBenchmark.handWrittenFloorCacheResident",
          "QualifyBenchmark.handWrittenFloorCacheResident"),
      SECTION + "JSON, one ~1 KB lead document (item 4)",
      new Row("Read a lead with the Fourfold Jackson module", "10,000", "JsonBenchmark.fourfoldRead",
          "JsonBenchmark.databindRecords"),
      new Row("Read + qualify", "10,000", "JsonBenchmark.fourfoldReadQualify", "JsonBenchmark.databindRecords"),
      new Row("Read + qualify + write the result", "10,000", "JsonBenchmark.fourfoldReadQualifyWrite",
          "JsonBenchmark.databindRecords"),
      new Row("Floor: plain Jackson 2 databind into records", "10,000", "JsonBenchmark.databindRecords",
          "JsonBenchmark.databindRecords"),
      new Row("jackson-core token reading only", "10,000", "JsonBenchmark.tokens", "JsonBenchmark.databindRecords"),
      SECTION + "JSON with Jackson 3, the same documents (issue 15)",
      new Row("Read a lead with the Fourfold Jackson 3 module", "10,000", "JsonBenchmark.jackson3Read",
          "JsonBenchmark.jackson3DatabindRecords"),
      new Row("Jackson 3 read, against the Jackson 2 read (x Jackson 2)", "10,000", "JsonBenchmark.jackson3Read",
          "JsonBenchmark.fourfoldRead"),
      new Row("Jackson 3 read + qualify", "10,000", "JsonBenchmark.jackson3ReadQualify",
          "JsonBenchmark.jackson3DatabindRecords"),
      new Row("Floor: plain Jackson 3 databind into records", "10,000", "JsonBenchmark.jackson3DatabindRecords",
          "JsonBenchmark.jackson3DatabindRecords"),
      new Row("Jackson 3 jackson-core token reading only", "10,000", "JsonBenchmark.jackson3Tokens",
          "JsonBenchmark.jackson3DatabindRecords"),
      SECTION + "Streaming reader over one NDJSON input (issue 15)",
      new Row("`readLeads` NDJSON, Jackson 2 binding", "100,000", "StreamingBenchmark.streamingRead",
          "StreamingBenchmark.tokens"),
      new Row("`readLeads` NDJSON, Jackson 3 binding", "100,000", "StreamingBenchmark.jackson3StreamingRead",
          "StreamingBenchmark.tokens"),
      new Row("Floor: jackson-core token reading of the same stream", "100,000", "StreamingBenchmark.tokens",
          "StreamingBenchmark.tokens"),
      SECTION + "The `qualify` command end to end on an NDJSON file (item 5; `--long`: 1,000,000 leads)",
      new Row("`qualify` command (default threads: one per processor)", "1,000,000",
          "QualifyCommandBenchmark.qualifyCommand", "QualifyCommandBenchmark.plainJackson"),
      new Row("`qualify --threads 1`", "1,000,000", "QualifyCommandBenchmark.qualifyCommandOneThread",
          "QualifyCommandBenchmark.plainJackson"),
      new Row("Floor: plain Jackson program (line -> tree -> small object)", "1,000,000",
          "QualifyCommandBenchmark.plainJackson", "QualifyCommandBenchmark.plainJackson"),
      new Row("`qualify` command under -Xmx64m (default threads)", "1,000,000", "QualifyCommandBenchmark.qualifyCommandXmx64m",
          "QualifyCommandBenchmark.plainJackson"));

  static final List<Target> TARGETS = List.of(
      new Target("Default qualifier <= 1.5x the hand-written floor (10,000 leads)", Kind.AT_MOST_TIMES,
          "QualifyBenchmark.defaultQualifier", "QualifyBenchmark.handWrittenFloor", 1.5),
      new Target("Default qualifier <= 128 B allocated per lead", Kind.AT_MOST_BYTES,
          "QualifyBenchmark.defaultQualifier", null, 128),
      new Target(">= 5x faster than Easy Rules with lambda rules", Kind.AT_LEAST_TIMES_FASTER,
          "QualifyBenchmark.defaultQualifier", "QualifyBenchmark.easyRulesLambda", 5),
      new Target(">= 25x faster than Easy Rules with annotated rules", Kind.AT_LEAST_TIMES_FASTER,
          "QualifyBenchmark.defaultQualifier", "QualifyBenchmark.easyRulesAnnotated", 25),
      new Target("Read + qualify <= 1.1x plain Jackson 2 databind into records", Kind.AT_MOST_TIMES,
          "JsonBenchmark.fourfoldReadQualify", "JsonBenchmark.databindRecords", 1.1),
      new Target("Jackson 2 read allocates <= 5.5 KB per lead", Kind.AT_MOST_BYTES,
          "JsonBenchmark.fourfoldRead", null, 5500),
      new Target("Jackson 3 read + qualify <= 1.2x plain Jackson 3 databind into records", Kind.AT_MOST_TIMES,
          "JsonBenchmark.jackson3ReadQualify", "JsonBenchmark.jackson3DatabindRecords", 1.2),
      new Target("Streaming reader (Jackson 2) <= 1.3x the token-only floor, 100,000 leads", Kind.AT_MOST_TIMES,
          "StreamingBenchmark.streamingRead", "StreamingBenchmark.tokens", 1.3),
      new Target("Streaming reader (Jackson 3) <= 1.3x the token-only floor, 100,000 leads", Kind.AT_MOST_TIMES,
          "StreamingBenchmark.jackson3StreamingRead", "StreamingBenchmark.tokens", 1.3),
      new Target("`qualify --threads 1` end to end <= 1.5x the plain Jackson NDJSON program", Kind.AT_MOST_TIMES,
          "QualifyCommandBenchmark.qualifyCommandOneThread", "QualifyCommandBenchmark.plainJackson", 1.5),
      new Target("`qualify` (default threads) wall clock <= 0.7x `qualify --threads 1`", Kind.AT_MOST_TIMES_WALL,
          "QualifyCommandBenchmark.qualifyCommand", "QualifyCommandBenchmark.qualifyCommandOneThread", 0.7),
      new Target("`qualify` (default threads) wall clock below the plain Jackson NDJSON program",
          Kind.AT_MOST_TIMES_WALL, "QualifyCommandBenchmark.qualifyCommand", "QualifyCommandBenchmark.plainJackson", 1.0),
      new Target("`qualify` end to end finishes under -Xmx64m", Kind.FINISHES,
          "QualifyCommandBenchmark.qualifyCommandXmx64m", null, 0));

  private final Map<String, Result> results;
  private final String setup;
  /** Leads per benchmark from its {@code leads} parameter, where it has one (command-line rows). */
  private final Map<String, String> leads;

  Report(Map<String, Result> results, String setup) {
    this(results, setup, Map.of());
  }

  Report(Map<String, Result> results, String setup, Map<String, String> leads) {
    this.results = results;
    this.setup = setup;
    this.leads = leads;
  }

  /**
   * Prints the table for JMH JSON results files, and writes it to a file when an argument ends
   * with {@code .md}.
   *
   * @param args the results files, and optionally the Markdown file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    List<String> inputs = new ArrayList<>();
    String output = null;
    for (String arg : args) {
      if (arg.endsWith(".md")) {
        output = arg;
      } else {
        inputs.add(arg);
      }
    }
    if (inputs.isEmpty()) {
      System.err.println("usage: Report results.json [more-results.json ...] [table.md]");
      System.exit(2);
    }
    List<String> jsons = new ArrayList<>();
    for (String input : inputs) {
      jsons.add(Files.readString(Path.of(input), StandardCharsets.UTF_8));
    }
    Report report = read(jsons);
    String table = report.render();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(table);
    if (output != null) {
      Files.writeString(Path.of(output), table, StandardCharsets.UTF_8);
    }
  }

  /**
   * Reads several JMH JSON results files (e.g. the in-JVM run and the command-line run) into one
   * report; the setup line of each is kept.
   *
   * @param jsons the contents of {@code -rf json} files
   * @return the report
   * @throws IOException when one is not JMH's JSON
   */
  static Report read(List<String> jsons) throws IOException {
    Map<String, Result> results = new LinkedHashMap<>();
    Map<String, String> leads = new LinkedHashMap<>();
    List<String> setups = new ArrayList<>();
    for (String json : jsons) {
      Report one = read(json);
      results.putAll(one.results);
      leads.putAll(one.leads);
      if (!one.setup.isEmpty()) {
        setups.add(one.setup);
      }
    }
    return new Report(results, String.join("\n\n", setups), leads);
  }

  /**
   * Reads JMH's JSON results.
   *
   * @param json the contents of a {@code -rf json} file
   * @return the report
   * @throws IOException when it is not JMH's JSON
   */
  static Report read(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    Map<String, Result> results = new LinkedHashMap<>();
    Map<String, Double> peakRss = new LinkedHashMap<>();
    Map<String, String> leads = new LinkedHashMap<>();
    String setup = "";
    for (JsonNode run : root) {
      String name = shortName(run.path("benchmark").asText());
      JsonNode primary = run.path("primaryMetric");
      if (!"ns/op".equals(primary.path("scoreUnit").asText())) {
        throw new IOException(name + ": expected ns/op (-bm avgt -tu ns), got " + primary.path("scoreUnit").asText());
      }
      // Command-line benchmarks: what the child processes allocated (their agent's report), not
      // the idle benchmark JVM's allocation that -prof gc measures.
      JsonNode alloc = run.path("secondaryMetrics").has("child.alloc.norm")
          ? run.path("secondaryMetrics").path("child.alloc.norm")
          : run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      JsonNode rss = run.path("secondaryMetrics").path("child.rss.peak");
      if (run.path("params").has("leads")) {
        leads.put(name, String.format(Locale.ROOT, "%,d", run.path("params").path("leads").asInt()));
      }
      if (!rss.isMissingNode()) {
        peakRss.put(name, rss.path("score").asDouble());
      }
      JsonNode cpu = run.path("secondaryMetrics").path("cpu.time.norm");
      results.put(name, new Result(
          cpu.isMissingNode() ? Double.NaN : cpu.path("score").asDouble(),
          cpu.isMissingNode() ? Double.NaN : finite(cpu.path("scoreError").asDouble(Double.NaN)),
          primary.path("score").asDouble(),
          finite(primary.path("scoreError").asDouble(Double.NaN)),
          alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble(),
          alloc.isMissingNode() ? Double.NaN : finite(alloc.path("scoreError").asDouble(Double.NaN))));
      setup = "ss".equals(run.path("mode").asText())
          ? String.format(Locale.ROOT,
              "JMH %s, %s %s; %d fork(s), %d warm-up and %d measured single shots per benchmark, %s leads per shot",
              run.path("jmhVersion").asText(), run.path("vmName").asText(), run.path("vmVersion").asText(),
              run.path("forks").asInt(), run.path("warmupIterations").asInt(),
              run.path("measurementIterations").asInt(),
              String.format(Locale.ROOT, "%,d", run.path("params").path("leads").asInt()))
          : String.format(Locale.ROOT,
              "JMH %s, %s %s; %d fork(s), %d x %s warm-up, %d x %s measurement per benchmark",
              run.path("jmhVersion").asText(), run.path("vmName").asText(), run.path("vmVersion").asText(),
              run.path("forks").asInt(), run.path("warmupIterations").asInt(), run.path("warmupTime").asText(),
              run.path("measurementIterations").asInt(), run.path("measurementTime").asText());
    }
    StringBuilder rssNote = new StringBuilder();
    for (Map.Entry<String, Double> e : peakRss.entrySet()) {
      rssNote.append(rssNote.length() == 0 ? "Peak RSS of the child processes: " : ", ")
          .append(e.getKey()).append(String.format(Locale.ROOT, " %.0f MiB", e.getValue()));
    }
    if (rssNote.length() > 0) {
      setup = setup + "\n\n" + rssNote + ". Their B/lead is what the child JVM allocated (its agent's report).";
    }
    return new Report(results, setup, leads);
  }

  /**
   * The Markdown tables: results, then targets.
   *
   * @return the tables
   */
  String render() {
    StringBuilder out = new StringBuilder();
    out.append(setup).append("\n\n");
    out.append("| What | Leads | CPU ns/lead | wall ns/lead | B/lead | x floor |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    for (Object item : ROWS) {
      if (item instanceof String section) {
        out.append("| **").append(section.substring(SECTION.length())).append("** | | | | | |\n");
        continue;
      }
      Row row = (Row) item;
      Result r = results.get(row.benchmark());
      if (r == null) {
        out.append("| ").append(row.label()).append(" | ").append(leads.getOrDefault(row.benchmark(), row.leads())).append(" | not yet measured | | | |\n");
        continue;
      }
      Result floor = row.floor() == null ? null : results.get(row.floor());
      out.append("| ").append(row.label())
          .append(" | ").append(leads.getOrDefault(row.benchmark(), row.leads()))
          .append(" | ").append(Double.isNaN(r.cpu()) ? "-" : withError(r.cpu(), r.cpuError()))
          .append(" | ").append(withError(r.wall(), r.wallError()))
          .append(" | ").append(Double.isNaN(r.bytes()) ? "-" : format(r.bytes()))
          .append(" | ").append(floor == null ? "-" : String.format(Locale.ROOT, "%.2f", r.ns() / floor.ns()))
          .append(" |\n");
    }
    out.append("\nRatios (x floor, targets) use CPU ns/lead where measured, except those marked wall (what threads\n"
        + "gain is elapsed time): on a shared machine wall-clock time\n"
        + "also counts the time other processes held the CPU. Ranges are from JMH's 99.9 % errors.\n");
    out.append("\n| Target | Measured | Status |\n|---|---:|---|\n");
    for (Target t : TARGETS) {
      out.append("| ").append(t.label()).append(" | ").append(judge(t)).append(" |\n");
    }
    return out.toString();
  }

  /** "measured | status" for a target. */
  String judge(Target t) {
    Result subject = results.get(t.subject());
    Result reference = t.reference() == null ? null : results.get(t.reference());
    if (subject == null || (t.reference() != null && reference == null)) {
      return "- | not yet measured";
    }
    return switch (t.kind()) {
      case FINISHES -> "finished | met";
      case AT_MOST_BYTES -> Double.isNaN(subject.bytes())
          ? "- | not measured (run with -prof gc)"
          : format(subject.bytes()) + " B | " + status(
              subject.bytes() + subject.bytesError() <= t.bound(), subject.bytes() - subject.bytesError() <= t.bound());
      case AT_MOST_TIMES -> {
        Result ref = Objects.requireNonNull(reference);
        yield atMost(subject.ns(), subject.nsError(), ref.ns(), ref.nsError(), t.bound(), "");
      }
      case AT_MOST_TIMES_WALL -> {
        Result ref = Objects.requireNonNull(reference);
        yield atMost(subject.wall(), subject.wallError(), ref.wall(), ref.wallError(), t.bound(), " wall");
      }
      case AT_LEAST_TIMES_FASTER -> {
        Result ref = Objects.requireNonNull(reference);
        if (tooNoisy(subject) || tooNoisy(ref)) {
          yield String.format(Locale.ROOT, "%.1fx faster", ref.ns() / subject.ns()) + " | too noisy to tell: run again";
        }
        double times = ref.ns() / subject.ns();
        double worst = Math.max(ref.ns() - ref.nsError(), 0) / (subject.ns() + subject.nsError());
        double best = (ref.ns() + ref.nsError()) / Math.max(subject.ns() - subject.nsError(), 1e-9);
        yield String.format(Locale.ROOT, "%.1fx faster (%.1f-%.1f)", times, worst, best) + " | "
            + status(worst >= t.bound(), best >= t.bound());
      }
    };
  }

  /** "measured | status" for {@code subject / reference <= bound}, with the range from both errors. */
  private static String atMost(double subject, double subjectError, double ref, double refError, double bound,
      String what) {
    double ratio = subject / ref;
    if (subjectError >= subject / 2 || refError >= ref / 2) {
      return String.format(Locale.ROOT, "%.2fx%s", ratio, what) + " | too noisy to tell: run again";
    }
    double worst = (subject + subjectError) / Math.max(ref - refError, 1e-9);
    double best = Math.max(subject - subjectError, 0) / (ref + refError);
    return String.format(Locale.ROOT, "%.2fx%s (%.2f-%.2f)", ratio, what, best, worst) + " | "
        + status(worst <= bound, best <= bound);
  }

  /** An error of half the score or more leaves no useful range. */
  private static boolean tooNoisy(Result r) {
    return r.nsError() >= r.ns() / 2;
  }

  private static String status(boolean surely, boolean possibly) {
    return surely ? "met" : possibly ? "within the error: not shown either way" : "**missed**";
  }

  private static String withError(double value, double error) {
    return Double.isNaN(error) || error == 0 ? format(value) : format(value) + " ± " + format(error);
  }

  private static String format(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : 0;
  }

  /** {@code a.b.c.QualifyBenchmark.defaultQualifier} becomes {@code QualifyBenchmark.defaultQualifier}. */
  static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = method < 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }
}
