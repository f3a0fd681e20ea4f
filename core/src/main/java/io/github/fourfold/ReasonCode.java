package io.github.fourfold;

/**
 * Why the default rule finds a criterion unmet. The names are the stable wire codes; each belongs
 * to exactly one {@link Criterion}.
 */
public enum ReasonCode {
  /** No situation, or one with neither a summary nor an installed base. */
  SITUATION_UNKNOWN(Criterion.SITUATION),
  /** No problems recorded. */
  PROBLEM_UNKNOWN(Criterion.PROBLEM),
  /** Every recorded problem is stated and not addressable by the seller: disqualifies the lead. */
  PROBLEM_NOT_ADDRESSABLE(Criterion.PROBLEM),
  /** A stated problem that may be addressable has no cost, frequency or time lost above zero. */
  PROBLEM_NOT_QUANTIFIED(Criterion.PROBLEM),
  /** The only problems that might count were assumed by the rep. */
  PROBLEM_ASSUMED(Criterion.PROBLEM),
  /** No urgency triggers recorded. */
  URGENCY_UNKNOWN(Criterion.URGENCY),
  /** A trigger's date lies beyond the policy's horizon: revisit later. */
  URGENCY_BEYOND_HORIZON(Criterion.URGENCY),
  /** A deadline has already passed. */
  URGENCY_EXPIRED(Criterion.URGENCY),
  /** An event or opportunity lies further back than the horizon. */
  URGENCY_STALE(Criterion.URGENCY),
  /** A trigger without evidence: no date and no consequence, a deadline without a date, or a future event. */
  URGENCY_UNSUPPORTED(Criterion.URGENCY),
  /** The only triggers were assumed by the rep. */
  URGENCY_ASSUMED(Criterion.URGENCY),
  /** No decision process recorded. */
  DECISION_UNKNOWN(Criterion.DECISION),
  /** Nobody who stated they can approve or sign is known. */
  DECISION_MAKER_UNKNOWN(Criterion.DECISION),
  /** Someone can decide, but not how: no process, timeline, date or signing threshold. */
  DECISION_PROCESS_UNKNOWN(Criterion.DECISION);

  private final Criterion criterion;

  ReasonCode(Criterion criterion) {
    this.criterion = criterion;
  }

  /**
   * The criterion this reason explains.
   *
   * @return the criterion
   */
  public Criterion criterion() {
    return criterion;
  }
}
