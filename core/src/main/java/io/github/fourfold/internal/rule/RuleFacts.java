package io.github.fourfold.internal.rule;

import io.github.fourfold.model.Problem;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.LocalDate;
import java.time.Period;

/**
 * The default rule's judgement of single facts, for the reports: they must call a problem or a
 * trigger "counting" exactly when the rule does, so they ask the rule instead of repeating it.
 */
public final class RuleFacts {
  private RuleFacts() {}

  /**
   * Whether a problem counts: stated, not unaddressable, and quantified.
   *
   * @param problem the problem
   * @return true when it counts towards the PROBLEM criterion
   */
  public static boolean counts(Problem problem) {
    return FourQuestionRule.counts(problem);
  }

  /**
   * Whether a trigger counts on a reference date with a horizon.
   *
   * @param trigger the trigger
   * @param asOf the reference date
   * @param horizon the policy's horizon
   * @return true when it is a reason to act now
   */
  public static boolean counts(UrgencyTrigger trigger, LocalDate asOf, Period horizon) {
    return FourQuestionRule.judge(
            trigger, asOf, FourQuestionRule.minus(asOf, horizon), FourQuestionRule.plus(asOf, horizon))
        == null;
  }
}
