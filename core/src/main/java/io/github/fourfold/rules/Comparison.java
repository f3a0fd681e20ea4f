package io.github.fourfold.rules;

/**
 * How a value read from the lead is compared with the value a condition names. For dates,
 * {@link #LESS_THAN} means "before" and {@link #GREATER_THAN} "after".
 */
public enum Comparison {
  /** The lead's value is less than (before) the condition's. */
  LESS_THAN,
  /** The lead's value is less than or equal to (on or before) the condition's. */
  AT_MOST,
  /** The lead's value equals the condition's. */
  EQUAL_TO,
  /** The lead's value differs from the condition's. */
  NOT_EQUAL_TO,
  /** The lead's value is greater than or equal to (on or after) the condition's. */
  AT_LEAST,
  /** The lead's value is greater than (after) the condition's. */
  GREATER_THAN;

  /**
   * Whether a comparison result ({@code compareTo} of the lead's value with the condition's) holds.
   *
   * @param order negative, zero or positive, as {@link Comparable#compareTo} returns
   * @return whether this comparison holds for that order
   */
  public boolean holds(int order) {
    switch (this) {
      case LESS_THAN:
        return order < 0;
      case AT_MOST:
        return order <= 0;
      case EQUAL_TO:
        return order == 0;
      case NOT_EQUAL_TO:
        return order != 0;
      case AT_LEAST:
        return order >= 0;
      default:
        return order > 0;
    }
  }
}
