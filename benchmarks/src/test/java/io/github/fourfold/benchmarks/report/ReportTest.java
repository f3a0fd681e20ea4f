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

  @Test
  void shortName_keepsClassAndMethod() {
    assertThat(Report.shortName("a.b.QualifyBenchmark.defaultQualifier")).isEqualTo("QualifyBenchmark.defaultQualifier");
  }
}
