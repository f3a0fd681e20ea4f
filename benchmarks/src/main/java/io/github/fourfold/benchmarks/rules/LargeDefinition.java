package io.github.fourfold.benchmarks.rules;

import io.github.fourfold.Verdict;
import io.github.fourfold.model.Money;
import io.github.fourfold.rules.Comparison;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.Direction;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A large definition: one criterion whose checks cycle through the kinds of condition. */
final class LargeDefinition {
  private LargeDefinition() {}

  static RuleDefinition of(int checks) {
    List<RuleCheck> list = new ArrayList<>(checks);
    for (int i = 0; i < checks; i++) {
      list.add(RuleCheck.builder()
          .condition(condition(i))
          .verdict(i % 2 == 0 ? Verdict.NOT_YET : Verdict.DISQUALIFIED)
          .reason("CHECK_" + i)
          .putMessage("en", "Check " + i + " does not hold.")
          .putQuestions("en", List.of("What about check " + i + "?"))
          .build());
    }
    return RuleDefinition.builder().id("large/1").addCriteria(RuleCriterion.of("LARGE", list)).build();
  }

  private static Condition condition(int i) {
    switch (i % 5) {
      case 0:
        return Condition.or(Condition.blank("/company/employees"),
            Condition.compare("/company/employees", Comparison.AT_LEAST, i));
      case 1:
        return Condition.oneOf("/company/industry", List.of("manufacturing", "packaging", "x" + i), true);
      case 2:
        return Condition.any("/triggers", Condition.and(
            Condition.equalTo("/triggers/*/kind", "DEADLINE", false),
            Condition.within("/triggers/*/date", Period.ofMonths(i % 24), Direction.AFTER)));
      case 3:
        return Condition.compareMoney("/problems/*/cost", Comparison.AT_LEAST, Money.of(i, "EUR"));
      default:
        return Condition.not(Condition.count("/decisionProcess/stakeholders", Comparison.LESS_THAN, i % 3));
    }
  }
}
