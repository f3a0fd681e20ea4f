package io.github.fourfold;

/**
 * What a qualifier decides about a lead. Verdicts are ordered: {@link #SQL} is better than
 * {@link #NOT_YET}, which is better than {@link #DISQUALIFIED}.
 */
public enum Verdict {
  /** Known misfit: the lead's problems are not something the seller can solve. */
  DISQUALIFIED,
  /** Fits, but something is missing or not concrete: keep qualifying, or revisit later. */
  NOT_YET,
  /** Sales-qualified: all four questions are answered; hand over to sales now. */
  SQL;

  /**
   * Whether this verdict is better for the lead than {@code other}.
   *
   * @param other the verdict to compare with
   * @return true when strictly better
   */
  public boolean isBetterThan(Verdict other) {
    return compareTo(other) > 0;
  }

  /**
   * The worse of two verdicts, as when several qualifiers judge one lead.
   *
   * @param a one verdict
   * @param b another verdict
   * @return the worse one
   */
  public static Verdict worst(Verdict a, Verdict b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
