package io.github.fourfold.benchmarks;

import io.github.fourfold.Qualifier;
import io.github.fourfold.benchmarks.data.Dataset;
import io.github.fourfold.benchmarks.easyrules.AnnotatedRules;
import io.github.fourfold.benchmarks.easyrules.LambdaRules;
import io.github.fourfold.benchmarks.floor.HandWrittenRule;
import io.github.fourfold.benchmarks.floor.PlainLead;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rule itself, per lead: the default qualifier (full result with reasons, messages, warnings
 * and questions) against the hand-written floor (verdict and bitmask) and Easy Rules 4.1, over the
 * same seeded leads. Each invocation judges every lead of the dataset once, so scores are per lead
 * ({@link OperationsPerInvocation}); every result goes to the {@link Blackhole}.
 *
 * <p>Before any timing, the setup checks that every implementation gives the default qualifier's
 * verdict and unmet criteria on every lead, and fails the run otherwise.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class QualifyBenchmark {

  /** The leads and the implementations; the subclasses say how many leads. */
  abstract static class Leads {
    Lead[] leads = new Lead[0];
    PlainLead[] plain = new PlainLead[0];
    final LocalDate asOf = Dataset.AS_OF;
    final Qualifier qualifier = Qualifier.fourQuestion();
    final LambdaRules lambdaRules = new LambdaRules();
    final AnnotatedRules annotatedRules = new AnnotatedRules();

    /** Makes the dataset and checks that every implementation agrees with the default qualifier. */
    void load(int size) {
      Dataset data = Dataset.of(size);
      data.checkAgrees("hand-written floor", lead -> HandWrittenRule.qualify(lead, asOf));
      data.checkAgrees("Easy Rules lambda rules", lead -> lambdaRules.qualify(lead, asOf));
      data.checkAgrees("Easy Rules annotated rules", lead -> annotatedRules.qualify(lead, asOf));
      leads = data.leads();
      plain = data.plain();
      // The leads were built among their builders' garbage, the records compactly after them: a
      // full collection compacts both, so neither gets a better memory layout than the other.
      System.gc();
      System.out.println();
      System.out.println("Dataset: " + data.describe() + "; all implementations agree on every lead");
    }
  }

  /** 10,000 leads: more than the caches hold, as when a CRM re-qualifies its leads. */
  @State(Scope.Benchmark)
  public static class Large extends Leads {
    /** Loads and checks the leads. */
    @Setup
    public void setUp() {
      load(Dataset.LARGE);
    }
  }

  /** 512 leads: they stay in the caches, so this is the rule's cost without memory stalls. */
  @State(Scope.Benchmark)
  public static class Small extends Leads {
    /** Loads and checks the leads. */
    @Setup
    public void setUp() {
      load(Dataset.SMALL);
    }
  }

  /** The default qualifier, full result. */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void defaultQualifier(Large s, Blackhole bh) {
    Qualifier qualifier = s.qualifier;
    LocalDate asOf = s.asOf;
    for (Lead lead : s.leads) {
      bh.consume(qualifier.qualify(lead, asOf));
    }
  }

  /** The floor: the same rule as an if-chain over records, verdict and bitmask. */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void handWrittenFloor(Large s, Blackhole bh) {
    LocalDate asOf = s.asOf;
    for (PlainLead lead : s.plain) {
      bh.consume(HandWrittenRule.qualify(lead, asOf));
    }
  }

  /** Easy Rules 4.1 with lambda rules on Facts. */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void easyRulesLambda(Large s, Blackhole bh) {
    LambdaRules rules = s.lambdaRules;
    LocalDate asOf = s.asOf;
    for (PlainLead lead : s.plain) {
      bh.consume(rules.qualify(lead, asOf));
    }
  }

  /** Easy Rules 4.1 with annotated rule classes. */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void easyRulesAnnotated(Large s, Blackhole bh) {
    AnnotatedRules rules = s.annotatedRules;
    LocalDate asOf = s.asOf;
    for (PlainLead lead : s.plain) {
      bh.consume(rules.qualify(lead, asOf));
    }
  }

  /** The default qualifier over 512 cache-resident leads. */
  @Benchmark
  @OperationsPerInvocation(Dataset.SMALL)
  public void defaultQualifierCacheResident(Small s, Blackhole bh) {
    Qualifier qualifier = s.qualifier;
    LocalDate asOf = s.asOf;
    for (Lead lead : s.leads) {
      bh.consume(qualifier.qualify(lead, asOf));
    }
  }

  /** The floor over 512 cache-resident leads. */
  @Benchmark
  @OperationsPerInvocation(Dataset.SMALL)
  public void handWrittenFloorCacheResident(Small s, Blackhole bh) {
    LocalDate asOf = s.asOf;
    for (PlainLead lead : s.plain) {
      bh.consume(HandWrittenRule.qualify(lead, asOf));
    }
  }
}
