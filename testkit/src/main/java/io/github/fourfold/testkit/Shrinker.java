package io.github.fourfold.testkit;

import io.github.fourfold.model.Lead;
import io.github.fourfold.testkit.internal.Simplifications;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a failing lead small enough to read: drops list items, clears optional fields, resets
 * flags and shortens text for as long as the failure still holds.
 *
 * <p>Shrinking is greedy: it tries the {@linkplain #simplifications(Lead) one-step
 * simplifications} largest first and keeps the first one that still fails, until none does or
 * the budget of attempts is spent. The result is "minimal-looking", not guaranteed minimal. It
 * works with any property-testing engine: the predicate is all it needs.
 *
 * <pre>{@code
 * Lead small = Shrinker.shrink(failing, lead -> !qualifier.qualify(lead, asOf).isSql());
 * }</pre>
 */
public final class Shrinker {
  /** How many candidate leads {@link #shrink(Lead, Predicate)} tries at most. */
  public static final int DEFAULT_ATTEMPTS = 2_000;

  private Shrinker() {}

  /**
   * Shrinks a lead while it keeps failing, trying at most {@value #DEFAULT_ATTEMPTS} candidates.
   *
   * @param lead a lead for which {@code fails} holds
   * @param fails whether a lead still shows the failure; called once per candidate, it must not
   *     throw (wrap a check that may throw and treat the exception as you see fit)
   * @return the smallest failing lead found; {@code lead} itself when nothing smaller fails
   */
  public static Lead shrink(Lead lead, Predicate<? super Lead> fails) {
    return shrink(lead, fails, DEFAULT_ATTEMPTS);
  }

  /**
   * Shrinks a lead while it keeps failing, trying at most {@code maxAttempts} candidates.
   *
   * @param lead a lead for which {@code fails} holds
   * @param fails whether a lead still shows the failure
   * @param maxAttempts the most candidates to try, zero or more
   * @return the smallest failing lead found
   */
  public static Lead shrink(Lead lead, Predicate<? super Lead> fails, int maxAttempts) {
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("maxAttempts must not be negative");
    }
    Lead current = lead;
    int attempts = 0;
    boolean progress = true;
    while (progress && attempts < maxAttempts) {
      progress = false;
      for (Lead candidate : Simplifications.of(current)) {
        if (attempts++ >= maxAttempts) {
          break;
        }
        if (fails.test(candidate)) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current;
  }

  /**
   * The one-step simplifications of a lead, largest first: each removes a whole part (problems,
   * triggers, decision process, situation, company, contact, attributes, context, source, the
   * demo request), one list element, or one optional field; resets a basis to {@code STATED} or
   * a flag to false; or shortens a text to {@code "x"} (or, for blank text, to the empty
   * string). Every one is valid and differs from {@code lead}. Useful for plugging Fourfold leads
   * into another engine's shrinking.
   *
   * @param lead the lead
   * @return the simplifications, largest first
   */
  public static List<Lead> simplifications(Lead lead) {
    return Simplifications.of(lead);
  }
}
