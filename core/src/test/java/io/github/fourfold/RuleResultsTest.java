package io.github.fourfold;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.internal.rule.FourQuestionJudge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleResults}' cache keys: every outcome (each criterion met or failing with one of its
 * reasons, and any set of warnings) gets a slot of its own inside the caches, whatever order the
 * enums declare their constants in. Two outcomes sharing a slot would hand one lead another's
 * findings, so a new reason or warning code that broke this fails here.
 */
final class RuleResultsTest {
  @Test
  void key_everyOutcome_hasItsOwnSlotInsideTheCaches() {
    Set<Integer> keys = new HashSet<>();
    int outcomes = 0;
    for (ReasonCode s : outcomes(Criterion.SITUATION)) {
      for (ReasonCode p : outcomes(Criterion.PROBLEM)) {
        for (ReasonCode u : outcomes(Criterion.URGENCY)) {
          for (ReasonCode d : outcomes(Criterion.DECISION)) {
            int combo = RuleResults.combo(s, p, u, d);
            assertThat(combo).isBetween(0, RuleResults.COMBOS - 1);
            for (int warnings = 0; warnings < RuleResults.WARNING_SETS; warnings++) {
              int key = RuleResults.key(combo, warnings);
              assertThat(key).isBetween(0, RuleResults.COMBOS * RuleResults.WARNING_SETS - 1);
              keys.add(key);
              outcomes++;
            }
          }
        }
      }
    }
    assertThat(keys).hasSize(outcomes);
  }

  @Test
  void warningSets_everyWarningCode_hasABitOfItsOwnInsideTheSets() {
    int all = 0;
    for (WarningCode code : WarningCode.values()) {
      int bit = FourQuestionJudge.bit(code);
      assertThat(Integer.bitCount(bit)).isEqualTo(1);
      assertThat(all & bit).isZero();
      all |= bit;
    }
    assertThat(all).isLessThan(RuleResults.WARNING_SETS);
  }

  /** Met (null) and each reason of a criterion. */
  private static List<@Nullable ReasonCode> outcomes(Criterion criterion) {
    List<@Nullable ReasonCode> outcomes = new ArrayList<>();
    outcomes.add(null);
    for (ReasonCode code : ReasonCode.values()) {
      if (code.criterion() == criterion) {
        outcomes.add(code);
      }
    }
    return outcomes;
  }
}
