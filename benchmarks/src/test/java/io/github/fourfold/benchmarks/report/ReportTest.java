package io.github.fourfold.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table printer reads JMH's JSON and judges the targets. */
final class ReportTest {
  /** A JMH result whose wall-clock time is twice its CPU time, as on a busy machine. */
  private static String run(String method, double cpu, double error, double bytes) {
    return """
        {"jmhVersion": "1.37", "benchmark": "io.github.fourfold.benchmarks.QualifyBenchmark.%s",
         "mode": "avgt", "forks": 1, "warmupIterations": 3, "warmupTime": "1 s",
         "measurementIterations": 5, "measurementTime": "1 s", "vmName": "VM", "vmVersion": "17",
         "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "ns/op"},
         "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s, "scoreError": 0.01, "scoreUnit": "B/op"},
                              "cpu.time.norm": {"score": %s, "scoreError": %s, "scoreUnit": "ns/op"}}}
        """.formatted(method, 2 * cpu, 2 * error, bytes, cpu, error);
  }

  @Test
  void render_givesRatiosToTheFloor_andJudgesTheTargets() throws Exception {
    String json = "[" + String.join(",",
        run("defaultQualifier", 120, 5, 100),
        run("handWrittenFloor", 100, 2, 48),
        run("easyRulesLambda", 1800, 50, 3300),
        run("easyRulesAnnotated", 2000, 900, 13000)) + "]";

    String table = Report.read(json).render();

    assertThat(table)
        .contains("| Fourfold default qualifier, full result | 10,000 | 120 ± 5.0 | 240 ± 10.0 | 100 | 1.20 |")
        .contains("| Hand-written floor: if-chain over records, verdict + bitmask | 10,000 | 100 ± 2.0 | 200 ± 4.0 | 48.0 | 1.00 |")
        .contains("| Default qualifier <= 1.5x the hand-written floor (10,000 leads) | 1.20x (1.13-1.28) | met |")
        .contains("| Default qualifier <= 128 B allocated per lead | 100 B | met |")
        .contains("| >= 5x faster than Easy Rules with lambda rules | 15.0x faster (14.0-16.1) | met |")
        .contains("| >= 25x faster than Easy Rules with annotated rules | 16.7x faster (8.8-25.2) | "
            + "within the error: not shown either way |")
        .contains("| Fourfold default qualifier, cache-resident | 512 | not yet measured | | | |")
        .contains("| Read + qualify <= 1.1x plain Jackson 2 databind into records | - | not yet measured |")
        .contains("JMH 1.37, VM 17; 1 fork(s), 3 x 1 s warm-up, 5 x 1 s measurement");
  }

  @Test
  void withoutCpuTime_ratiosUseWallClockTime_andNoisyResultsAreNotJudged() throws Exception {
    String json = """
        [{"jmhVersion": "1.37", "benchmark": "x.QualifyBenchmark.defaultQualifier", "forks": 1,
          "primaryMetric": {"score": 300, "scoreError": 200, "scoreUnit": "ns/op"}},
         {"jmhVersion": "1.37", "benchmark": "x.QualifyBenchmark.handWrittenFloor", "forks": 1,
          "primaryMetric": {"score": 100, "scoreError": 1, "scoreUnit": "ns/op"}}]
        """;

    String table = Report.read(json).render();

    assertThat(table)
        .contains("| Fourfold default qualifier, full result | 10,000 | - | 300 ± 200 | - | 3.00 |")
        .contains("| 3.00x | too noisy to tell: run again |")
        .contains("| Default qualifier <= 128 B allocated per lead | - | not measured (run with -prof gc) |");
  }

  /** A command-line result with its own wall-clock and CPU time per lead, errors of 1 %. */
  private static String command(String method, double wall, double cpu) {
    return """
        {"jmhVersion": "1.37", "benchmark": "io.github.fourfold.benchmarks.QualifyCommandBenchmark.%s",
         "mode": "ss", "forks": 1, "warmupIterations": 1, "measurementIterations": 3, "vmName": "VM",
         "vmVersion": "17", "params": {"leads": "1000000"},
         "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "ns/op"},
         "secondaryMetrics": {"cpu.time.norm": {"score": %s, "scoreError": %s, "scoreUnit": "ns/op"}}}
        """.formatted(method, wall, wall / 100, cpu, cpu / 100);
  }

  @Test
  void threadedCommand_isJudgedOnWallClockTime_whileCpuTimeJudgesTheRest() throws Exception {
    String json = "[" + String.join(",",
        command("qualifyCommand", 4_000, 9_000),
        command("qualifyCommandOneThread", 7_000, 8_000),
        command("plainJackson", 5_000, 5_000)) + "]";

    String table = Report.read(json).render();

    assertThat(table)
        .contains("| `qualify` (default threads) wall clock <= 0.7x `qualify --threads 1` | 0.57x wall (0.56-0.58) | met |")
        .contains("| `qualify` (default threads) wall clock below the plain Jackson NDJSON program | 0.80x wall (0.78-0.82) | met |")
        .contains("| `qualify --threads 1` end to end <= 1.5x the plain Jackson NDJSON program | 1.60x (1.57-1.63) | **missed** |")
        .contains("| `qualify --threads 1` | 1,000,000 | 8,000 ± 80.0 | 7,000 ± 70.0 | - | 1.60 |");
  }

  @Test
  void shortName_keepsClassAndMethod() {
    assertThat(Report.shortName("a.b.QualifyBenchmark.defaultQualifier")).isEqualTo("QualifyBenchmark.defaultQualifier");
  }
}
