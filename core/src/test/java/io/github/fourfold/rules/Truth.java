package io.github.fourfold.rules;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;

/** Runs one condition as the only check of a definition, and reads back what it evaluated to. */
enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

  static RuleCheck check(Condition condition) {
    return RuleCheck.builder()
        .condition(condition)
        .verdict(Verdict.DISQUALIFIED)
        .reason("FIT_FAILED")
        .putMessage("en", "It does not fit.")
        .build();
  }

  static RuleDefinition definition(Condition condition) {
    return RuleDefinition.builder().id("test/1").addCriteria(RuleCriterion.of("FIT", check(condition))).build();
  }

  static Truth of(Condition condition, Lead lead) {
    QualificationResult result = definition(condition).compile().qualify(lead, AS_OF);
    if (result.verdict() == Verdict.SQL) {
      return TRUE;
    }
    String reason = result.findings().get(0).reasonCode();
    if ("FIT_FAILED".equals(reason) && result.verdict() == Verdict.DISQUALIFIED) {
      return FALSE;
    }
    if ("FIT_UNKNOWN".equals(reason) && result.verdict() == Verdict.NOT_YET) {
      return UNKNOWN;
    }
    throw new AssertionError("unexpected result " + result);
  }
}
