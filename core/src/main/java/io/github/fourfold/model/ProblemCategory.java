package io.github.fourfold.model;

/** What kind of problem a lead has, from the article's typical manufacturing problems. */
public enum ProblemCategory {
  /** Machines or systems stop too often. */
  DOWNTIME,
  /** Parts or work take too long. */
  LEAD_TIME,
  /** Quality is not consistent. */
  QUALITY,
  /** Capacity does not keep up with demand. */
  CAPACITY,
  /** Costs are too high. */
  COST,
  /** Chances are missed. */
  MISSED_OPPORTUNITY,
  /** A risk that has not materialised yet. */
  RISK,
  /** Anything else. */
  OTHER
}
