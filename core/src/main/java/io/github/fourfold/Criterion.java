package io.github.fourfold;

/** The four questions every lead must answer before it is sales-qualified, in their order. */
public enum Criterion {
  /** What is the current situation? (facts, not opinions) */
  SITUATION,
  /** What is the problem? (a concrete problem the seller can solve) */
  PROBLEM,
  /** Why now? (a trigger: a deadline, an event or an opportunity) */
  URGENCY,
  /** How is this decided? (who decides, who pays, and how) */
  DECISION
}
