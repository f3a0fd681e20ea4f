package io.github.fourfold.report;

import io.github.fourfold.internal.rule.FourQuestionJudge;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Yearly cost and core problem, exactly as "Beyond the verdict" in the rule spec defines them. */
final class ProblemCosts {
  private ProblemCosts() {}

  /**
   * A cost per occurrence times the occurrences per year; a cost per period times the periods
   * per year; null without a cost, or for a per-occurrence cost without a frequency.
   */
  public static @Nullable Money yearlyCost(Problem problem) {
    Cost cost = problem.cost();
    if (cost == null) {
      return null;
    }
    BigDecimal times;
    if (cost.per() == Per.OCCURRENCE) {
      Frequency frequency = problem.frequency();
      if (frequency == null) {
        return null;
      }
      times = BigDecimal.valueOf((long) frequency.count() * frequency.per().periodsPerYear());
    } else {
      times = BigDecimal.valueOf(cost.per().periodsPerYear());
    }
    return Money.of(cost.amount().multiply(times), cost.currency());
  }

  /**
   * Among the counting problems in the currency of the first counting problem with a known
   * yearly cost, the one with the largest yearly cost (the first of equals); when no yearly cost
   * is known, the first counting problem; null when no problem counts.
   */
  public static @Nullable Problem coreProblem(List<Problem> problems) {
    @Nullable Problem first = null;
    @Nullable Problem best = null;
    @Nullable Money bestCost = null;
    for (Problem problem : problems) {
      if (!FourQuestionJudge.counts(problem)) {
        continue;
      }
      if (first == null) {
        first = problem;
      }
      Money cost = yearlyCost(problem);
      if (cost == null) {
        continue;
      }
      if (bestCost == null) {
        best = problem;
        bestCost = cost;
      } else if (cost.currency().equals(bestCost.currency()) && cost.amount().compareTo(bestCost.amount()) > 0) {
        best = problem;
        bestCost = cost;
      }
    }
    return best != null ? best : first;
  }
}
