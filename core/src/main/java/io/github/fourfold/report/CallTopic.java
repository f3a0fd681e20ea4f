package io.github.fourfold.report;

import io.github.fourfold.Criterion;
import org.jspecify.annotations.Nullable;

/**
 * The steps of a qualification call, in their order: the article's six ("Het eerste gesprek"),
 * with the minutes the article gives each in a first call (25 in all), and
 * {@link #OTHER_CRITERIA} for what custom qualifiers still miss in a follow-up.
 */
public enum CallTopic {
  /** Why are they getting in touch? Two minutes. */
  CONTEXT(2, null),
  /** What does the current state look like? Five minutes. */
  SITUATION(5, Criterion.SITUATION),
  /** What does not work? Five minutes. */
  PROBLEM(5, Criterion.PROBLEM),
  /** Why now? Five minutes. */
  URGENCY(5, Criterion.URGENCY),
  /** Who decides, and how? Five minutes. */
  DECISION(5, Criterion.DECISION),
  /**
   * What the criteria of custom qualifiers still miss (their codes in the goal, their own
   * questions); five minutes. Not one of the article's steps: only a follow-up has it.
   */
  OTHER_CRITERIA(5, null),
  /** Go on or not, and what then? Three minutes. */
  NEXT_STEP(3, null);

  private final int minutes;
  private final @Nullable Criterion criterion;

  CallTopic(int minutes, @Nullable Criterion criterion) {
    this.minutes = minutes;
    this.criterion = criterion;
  }

  /**
   * The minutes the article plans for this step in a first call ({@link #OTHER_CRITERIA}: in a
   * follow-up).
   *
   * @return 2, 5 or 3
   */
  public int minutes() {
    return minutes;
  }

  /**
   * The criterion this step answers.
   *
   * @return the criterion, or null for {@link #CONTEXT}, {@link #OTHER_CRITERIA} and
   *     {@link #NEXT_STEP}
   */
  public @Nullable Criterion criterion() {
    return criterion;
  }

  /**
   * The step that answers a criterion.
   *
   * @param criterion the criterion
   * @return its step
   */
  public static CallTopic of(Criterion criterion) {
    return switch (criterion) {
      case SITUATION -> SITUATION;
      case PROBLEM -> PROBLEM;
      case URGENCY -> URGENCY;
      case DECISION -> DECISION;
    };
  }
}
