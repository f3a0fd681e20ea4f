package io.github.fourfold.benchmarks.rules;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.benchmarks.data.Dataset;
import io.github.fourfold.examples.icpfit.IcpFitQualifier;
import io.github.fourfold.jackson.rules.RuleDefinitions;
import io.github.fourfold.model.Lead;
import io.github.fourfold.rules.RuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
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
 * Rules without code, measured side by side: the ICP check as a rule definition
 * ({@code examples/rules/icp-fit.json}) against the hand-written {@code IcpFitQualifier} (target:
 * at most 1.5 times its time per lead) and against the same rules in Easy Rules MVEL (target: at
 * least 20 times faster); and the time to read and compile a definition of 1,000 checks. All three
 * ICP implementations are checked to agree on every lead before anything is timed.
 *
 * <p>Run from the repository's root (the definition is read from {@code examples/rules/}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RulesBenchmark {
  /** Where the ICP definition lives, from the repository's root. */
  static final Path ICP_DEFINITION = Path.of("examples", "rules", "icp-fit.json");

  /** The leads and the three implementations of the ICP check. */
  @State(Scope.Benchmark)
  public static class Icp {
    Lead[] leads = new Lead[0];
    final LocalDate asOf = Dataset.AS_OF;
    final Qualifier handWritten = IcpFitQualifier.manufacturing();
    Qualifier definition = handWritten;
    final MvelIcpRules mvel = new MvelIcpRules();

    /**
     * Loads the leads and the definition, and checks that all three agree on every lead.
     *
     * @throws IOException when the definition cannot be read
     */
    @Setup
    public void setUp() throws IOException {
      leads = IcpLeads.of(Dataset.LARGE);
      definition = RuleDefinitions.read(Files.readAllBytes(ICP_DEFINITION)).compile();
      for (Lead lead : leads) {
        QualificationResult expected = handWritten.qualify(lead, asOf);
        if (!expected.equals(definition.qualify(lead, asOf))) {
          throw new IllegalStateException("the definition disagrees on " + lead.id());
        }
        String reason = expected.findings().get(0).reasonCode();
        if (!Objects.equals(reason, mvel.reason(lead))) {
          throw new IllegalStateException("Easy Rules MVEL disagrees on " + lead.id());
        }
      }
      System.out.println();
      System.out.println("ICP: " + leads.length + " leads; hand-written, definition and MVEL agree on every lead");
    }
  }

  /** A definition of 1,000 checks as JSON. */
  @State(Scope.Benchmark)
  public static class Large {
    byte[] json = new byte[0];

    /** Writes the definition. */
    @Setup
    public void setUp() {
      json = RuleDefinitions.write(LargeDefinition.of(1_000)).getBytes(StandardCharsets.UTF_8);
      System.out.println();
      System.out.println("Definition of 1,000 checks: " + json.length + " bytes");
    }
  }

  /**
   * The hand-written ICP check, per lead.
   *
   * @param icp the leads
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void icpHandWritten(Icp icp, Blackhole bh) {
    for (Lead lead : icp.leads) {
      bh.consume(icp.handWritten.qualify(lead, icp.asOf));
    }
  }

  /**
   * The ICP check as a rule definition, per lead.
   *
   * @param icp the leads
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void icpDefinition(Icp icp, Blackhole bh) {
    for (Lead lead : icp.leads) {
      bh.consume(icp.definition.qualify(lead, icp.asOf));
    }
  }

  /**
   * The ICP check as Easy Rules MVEL rules, per lead (the reason only, without building a result).
   *
   * @param icp the leads
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void icpEasyRulesMvel(Icp icp, Blackhole bh) {
    for (Lead lead : icp.leads) {
      bh.consume(icp.mvel.reason(lead));
    }
  }

  /**
   * Reading and compiling a definition of 1,000 checks.
   *
   * @param large the definition's JSON
   * @return the compiled qualifier
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Qualifier loadAndCompile1000Checks(Large large) {
    RuleDefinition definition = RuleDefinitions.read(large.json);
    return definition.compile();
  }
}
