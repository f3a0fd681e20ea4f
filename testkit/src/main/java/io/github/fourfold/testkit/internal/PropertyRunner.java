package io.github.fourfold.testkit.internal;

import io.github.fourfold.Qualifier;
import io.github.fourfold.model.Lead;
import io.github.fourfold.testkit.LeadGenerator;
import io.github.fourfold.testkit.Shrinker;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one property over the leads of a seeded stream and, on the first lead that breaks it,
 * shrinks that lead and fails with a report that says how to reproduce it.
 *
 * <p>Three leads in four are judged as of the generator's own date; the fourth as of an awkward
 * date in turn: a leap day, a month end before a short month, a year end, and the first and last
 * dates a lead can carry.
 */
public final class PropertyRunner {
  /** The awkward reference dates, in the order they are used. */
  public static final List<LocalDate> AWKWARD_DATES =
      List.of(
          LocalDate.of(2028, 2, 29),
          LocalDate.of(2027, 1, 31),
          LocalDate.of(2026, 12, 31),
          SpecOracle.FIRST_DATE,
          SpecOracle.LAST_DATE);

  /** A property of one lead judged on one date. */
  @FunctionalInterface
  public interface LeadCheck {
    /**
     * What is wrong with this lead, or null when the property holds for it (or does not apply).
     * Throwing counts as a violation.
     *
     * @param lead the lead
     * @param asOf the reference date
     * @return the violation, in one sentence, or null
     * @throws Exception whatever the qualifier throws
     */
    @Nullable String violation(Lead lead, LocalDate asOf) throws Exception;

    /**
     * The lead the check gives the qualifier for {@code lead}: the lead itself, unless the check
     * substitutes something (its report then says what).
     *
     * @param lead the lead
     * @return the lead as judged
     */
    default Lead judged(Lead lead) {
      return lead;
    }
  }

  private final String property;
  private final Qualifier qualifier;
  private final LeadGenerator generator;
  private final String generatorExpression;
  private final long seed;
  private final int leads;
  private final Map<LocalDate, LeadGenerator> generators = new HashMap<>();

  /**
   * A runner.
   *
   * @param property what is checked, as a sentence
   * @param qualifier the qualifier under test, for the report
   * @param generator where the leads come from
   * @param generatorExpression Java that gives {@code generator}, for the report
   * @param seed the seed of the lead stream
   * @param leads how many leads to check
   */
  public PropertyRunner(
      String property,
      Qualifier qualifier,
      LeadGenerator generator,
      String generatorExpression,
      long seed,
      int leads) {
    if (leads < 1) {
      throw new IllegalArgumentException("leads() must be at least 1");
    }
    this.property = property;
    this.qualifier = qualifier;
    this.generator = generator;
    this.generatorExpression = generatorExpression;
    this.seed = seed;
    this.leads = leads;
  }

  /** The reference date of the {@code index}-th lead. */
  public static LocalDate asOfFor(LeadGenerator generator, int index) {
    return index % 4 == 3 ? AWKWARD_DATES.get((index / 4) % AWKWARD_DATES.size()) : generator.asOf();
  }

  /** The generator of the {@code index}-th lead: the given one, moved to that lead's date. */
  public LeadGenerator generatorFor(int index) {
    LocalDate asOf = asOfFor(generator, index);
    return generators.computeIfAbsent(asOf, d -> moved(generator, d));
  }

  private static LeadGenerator moved(LeadGenerator generator, LocalDate asOf) {
    if (asOf.equals(generator.asOf())) {
      return generator;
    }
    try {
      return LeadGenerator.builder().from(generator).asOf(asOf).build();
    } catch (IllegalStateException e) {
      return generator; // the knobs ask for something impossible on that date
    }
  }

  /**
   * Checks every lead and fails on the first that breaks the property.
   *
   * @param check the property
   * @return how many leads were checked
   */
  public int run(LeadCheck check) {
    for (int i = 0; i < leads; i++) {
      LeadGenerator g = generatorFor(i);
      Lead lead = g.lead(seed, i);
      Outcome outcome = evaluate(check, lead, g.asOf());
      if (outcome != null) {
        throw failure(check, i, g, lead, outcome);
      }
    }
    return leads;
  }

  /** A broken property: what went wrong, and the exception if one was thrown. */
  private record Outcome(String violation, @Nullable Throwable thrown) {}

  private static @Nullable Outcome evaluate(LeadCheck check, Lead lead, LocalDate asOf) {
    try {
      String violation = check.violation(lead, asOf);
      return violation == null ? null : new Outcome(violation, null);
    } catch (Throwable t) {
      rethrowFatal(t);
      return new Outcome("threw " + t, t);
    }
  }

  /** Rethrows errors that no test should swallow: out of memory and the like. */
  public static void rethrowFatal(Throwable t) {
    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
      throw (VirtualMachineError) t;
    }
  }

  private AssertionFailedError failure(
      LeadCheck check, int index, LeadGenerator g, Lead lead, Outcome outcome) {
    LocalDate asOf = g.asOf();
    Lead shrunk = Shrinker.shrink(lead, candidate -> evaluate(check, candidate, asOf) != null);
    Outcome shrunkOutcome = evaluate(check, shrunk, asOf);
    if (shrunkOutcome == null) {
      // The qualifier does not fail the same way twice (it keeps state, or is not
      // deterministic): report the lead that was found, not one that does not reproduce.
      shrunk = lead;
    }
    Outcome reported = shrunkOutcome == null ? outcome : shrunkOutcome;
    String reproduce =
        asOf.equals(generator.asOf())
            ? generatorExpression + ".lead(" + seed + "L, " + index + ")"
            : "LeadGenerator.builder().from(" + generatorExpression + ").asOf(LocalDate.parse(\""
                + asOf + "\")).build().lead(" + seed + "L, " + index + ")";
    String message =
        property + "\n"
            + "  does not hold for qualifier " + describe(qualifier) + ".\n"
            + "  Problem:  " + reported.violation() + "\n"
            + "  Lead:     " + LeadText.describe(shrunk) + "\n"
            + "  As of:    " + asOf + " (horizon " + g.horizon() + ")\n"
            + "  Found at lead #" + index + " of " + leads + " from seed " + seed
            + (shrunk.equals(lead) ? "" : ", then shrunk") + " (personal data masked as ***).\n"
            + "  Reproduce the unshrunk lead: " + reproduce + "\n"
            + "  Java that rebuilds the " + (shrunk.equals(lead) ? "" : "shrunk ") + "lead"
            + (check.judged(shrunk).equals(shrunk) ? "" : " as this check gave it to the qualifier")
            + " (generated test data, in full):\n"
            + "    Lead lead = " + LeadJava.of(check.judged(shrunk)) + ";\n"
            + "    qualifier.qualify(lead, LocalDate.parse(\"" + asOf + "\"));\n"
            + "  A different seed() checks other leads; leads() sets how many.";
    Throwable cause = reported.thrown() != null ? reported.thrown() : outcome.thrown();
    return new AssertionFailedError(message, cause);
  }

  /** The qualifier's id and class, safely. */
  public static String describe(Qualifier qualifier) {
    String id;
    try {
      id = qualifier.id();
    } catch (RuntimeException e) {
      id = "(id() threw " + e.getClass().getName() + ")";
    }
    String type = qualifier.getClass().getName();
    return "\"" + id + "\"" + (id.equals(type) ? "" : " (" + type + ")");
  }
}
