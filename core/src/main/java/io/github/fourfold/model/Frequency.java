package io.github.fourfold.model;

import io.github.fourfold.InvalidValueException;
import org.immutables.value.Value;

/** How often a problem happens: a count per calendar period ("how often does this happen?"). */
@Value.Immutable
public abstract class Frequency {
  Frequency() {}

  /** {@return how many times, zero or more} */
  @Value.Parameter
  public abstract int count();

  /** {@return the period the count is per; never {@link Per#OCCURRENCE}} */
  @Value.Parameter
  public abstract Per per();

  /**
   * Creates a frequency.
   *
   * @param count how many times, zero or more
   * @param per the period, DAY to YEAR
   * @return the frequency
   */
  public static Frequency of(int count, Per per) {
    return ImmutableFrequency.of(count, per);
  }

  @Value.Check
  void check() {
    if (count() < 0) {
      throw InvalidValueException.of("Frequency.count", "an integer from 0 to 2147483647");
    }
    if (!per().isPeriod()) {
      throw InvalidValueException.of("Frequency.per", "one of DAY, WEEK, MONTH, QUARTER, YEAR");
    }
  }
}
