package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A problem the lead has (question 2: "what does not work?"). It counts towards the rule when the
 * lead stated it, the seller can address it, and it is quantified by a cost, a frequency or a
 * time loss.
 */
@Value.Immutable
public abstract class Problem {
  Problem() {}

  /** {@return the problem in the lead's words; required and non-blank} */
  public abstract String statement();

  /** {@return whether the problem is visible or hidden} */
  public abstract @Nullable Visibility visibility();

  /** {@return what kind of problem it is} */
  public abstract @Nullable ProblemCategory category();

  /** {@return what it costs in money} */
  public abstract @Nullable Cost cost();

  /** {@return how often it happens} */
  public abstract @Nullable Frequency frequency();

  /** {@return what it costs in time} */
  public abstract @Nullable TimeLost timeLost();

  /**
   * Whether the seller can solve it: {@code true}, {@code false}, or {@code null} when not judged
   * yet.
   *
   * @return whether it is addressable, or null
   */
  public abstract @Nullable Boolean addressable();

  /** {@return whether the lead stated the problem or the rep assumed it; {@link Basis#STATED} by default} */
  @Value.Default
  public Basis basis() {
    return Basis.STATED;
  }

  /** {@return a new builder for a problem} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Problem}. */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.nonBlank(statement(), "Problem.statement");
  }
}
