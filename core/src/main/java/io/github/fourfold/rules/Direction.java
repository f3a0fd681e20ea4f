package io.github.fourfold.rules;

/** Which side of the reference date a {@link Condition#within within} condition looks at. */
public enum Direction {
  /** From the reference date minus the period up to the reference date, both included. */
  BEFORE,
  /** From the reference date up to the reference date plus the period, both included. */
  AFTER
}
