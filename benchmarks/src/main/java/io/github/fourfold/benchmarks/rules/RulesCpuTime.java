package io.github.fourfold.benchmarks.rules;

import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.rules.RuleDefinitions;
import io.github.fourfold.model.Lead;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@link RulesBenchmark}'s comparisons measured in thread CPU time, for a machine too busy for
 * JMH's numbers: the three ICP implementations, and a definition of one check for reference, take
 * turns in each round on the same leads, and each one's best round counts, so other processes on
 * the machine cannot favour one of them.
 * Then reading and compiling definitions of 250 to 1,000 checks (the most the reader accepts), to
 * show the time grows linearly.
 *
 * <p>Run from the repository's root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.fourfold.benchmarks.rules.RulesCpuTime}.
 */
public final class RulesCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int ROUNDS = 15;
  private static final int WARM_UP_ROUNDS = 5;
  private static int sink;

  private RulesCpuTime() {}

  /**
   * Prints CPU ns per lead of each ICP implementation and their ratios, then load times.
   *
   * @param args none
   * @throws IOException when the ICP definition cannot be read
   */
  public static void main(String[] args) throws IOException {
    RulesBenchmark.Icp icp = new RulesBenchmark.Icp();
    icp.setUp();
    Lead[] leads = icp.leads;
    LocalDate asOf = icp.asOf;
    Qualifier definition = icp.definition;
    Qualifier handWritten = icp.handWritten;
    MvelIcpRules mvel = icp.mvel;
    // A reference: a definition of one check that reads one value (present /company/industry).
    // What it costs is what any definition pays per lead before its checks do anything: reading
    // the lead (10,000 leads do not fit in the processor's caches) and the result.
    Qualifier oneCheck = oneCheck();
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    for (int round = 0; round < ROUNDS; round++) {
      for (int which = 0; which < best.length; which++) {
        int repeats = which == 2 ? 2 : 20;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int r = 0; r < repeats; r++) {
          for (Lead lead : leads) {
            if (which == 0) {
              sink += definition.qualify(lead, asOf).findings().size();
            } else if (which == 1) {
              sink += handWritten.qualify(lead, asOf).findings().size();
            } else if (which == 2) {
              String reason = mvel.reason(lead);
              sink += reason == null ? 0 : reason.length();
            } else {
              sink += oneCheck.qualify(lead, asOf).findings().size();
            }
          }
        }
        double ns = (THREADS.getCurrentThreadCpuTime() - start) / (double) (repeats * leads.length);
        if (round >= WARM_UP_ROUNDS) {
          best[which] = Math.min(best[which], ns);
        }
      }
    }
    System.out.printf(Locale.ROOT, "CPU ns per lead, best of %d rounds over %,d leads: definition %.0f, "
            + "hand-written %.0f, Easy Rules MVEL %.0f, a one-check definition %.0f%n",
        ROUNDS - WARM_UP_ROUNDS, leads.length, best[0], best[1], best[2], best[3]);
    System.out.printf(Locale.ROOT, "definition / hand-written: %.2f; Easy Rules MVEL / definition: %.1f; "
            + "Easy Rules MVEL / hand-written: %.1f; Easy Rules MVEL / one-check definition: %.1f%n",
        best[0] / best[1], best[2] / best[0], best[2] / best[1], best[2] / best[3]);
    for (int checks : new int[] {250, 500, 1_000}) {
      load(checks);
    }
    System.out.println("(sink " + sink + ")");
  }

  private static Qualifier oneCheck() {
    RuleCheck check = RuleCheck.builder()
        .condition(Condition.present("/company/industry"))
        .verdict(Verdict.NOT_YET)
        .reason("INDUSTRY_MISSING")
        .putMessage("en", "The industry is not known.")
        .build();
    return RuleDefinition.builder().id("one-check/1").addCriteria(RuleCriterion.of("INDUSTRY", check)).build().compile();
  }

  private static void load(int checks) {
    byte[] json = RuleDefinitions.write(LargeDefinition.of(checks)).getBytes(StandardCharsets.UTF_8);
    double read = Double.MAX_VALUE;
    double compile = Double.MAX_VALUE;
    for (int round = 0; round < 8; round++) {
      long start = THREADS.getCurrentThreadCpuTime();
      RuleDefinition definition = RuleDefinitions.read(json);
      long readEnd = THREADS.getCurrentThreadCpuTime();
      sink += definition.compile().id().length();
      long end = THREADS.getCurrentThreadCpuTime();
      if (round >= 3) {
        read = Math.min(read, (readEnd - start) / 1e6);
        compile = Math.min(compile, (end - readEnd) / 1e6);
      }
    }
    System.out.printf(Locale.ROOT, "%,5d checks (%,d bytes): read %.1f ms, compile %.1f ms CPU%n",
        checks, json.length, read, compile);
  }
}
