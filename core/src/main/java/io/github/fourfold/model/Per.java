package io.github.fourfold.model;

/**
 * What a cost, a frequency or a time loss is counted per: one occurrence of the problem, or a
 * calendar period.
 */
public enum Per {
  /** Per occurrence of the problem (not allowed for a {@link Frequency}). */
  OCCURRENCE(0),
  /** Per day. */
  DAY(365),
  /** Per week. */
  WEEK(52),
  /** Per month. */
  MONTH(12),
  /** Per quarter. */
  QUARTER(4),
  /** Per year. */
  YEAR(1);

  private final int perYear;

  Per(int perYear) {
    this.perYear = perYear;
  }

  /**
   * How many of this period fit in a year (DAY 365, WEEK 52, MONTH 12, QUARTER 4, YEAR 1), as the
   * rule spec counts them; 0 for {@link #OCCURRENCE}, which is not a period.
   *
   * @return periods per year
   */
  public int periodsPerYear() {
    return perYear;
  }

  /**
   * Whether this is a calendar period rather than {@link #OCCURRENCE}.
   *
   * @return true for DAY to YEAR
   */
  public boolean isPeriod() {
    return this != OCCURRENCE;
  }
}
