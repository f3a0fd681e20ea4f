package io.github.fourfold;

import static io.github.fourfold.fixtures.WorkedExamples.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.fixtures.WorkedExamples;
import io.github.fourfold.internal.rule.FourQuestionJudge;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.LocalDate;
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
 * findings, so a new reason or warning code that broke this fails here. And what a slot holds
 * is shared only by leads it is true for (next questions filled with a lead's deadline are not).
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

  /**
   * Two leads with the same outcome, one with a deadline (its date question gets the date) and
   * one without: sharing the caches, in either order, each gets the result a rule with fresh
   * caches gives it (a cached result holds the undated questions only).
   */
  @Test
  void assemble_sameOutcomeWithAndWithoutDeadline_eachGetsItsOwnQuestions() {
    UrgencyTrigger futureEvent = UrgencyTrigger.builder().kind(TriggerKind.EVENT)
        .description("The new line starts").date(AS_OF.plusMonths(2)).consequence("Output stops").build();
    UrgencyTrigger assumedDeadline = UrgencyTrigger.builder().kind(TriggerKind.DEADLINE)
        .description("Audit").date(LocalDate.of(2027, 6, 1)).basis(Basis.ASSUMED).build();
    // An assumed trigger in both, so both have the ASSUMPTION warning the assumed deadline brings.
    UrgencyTrigger assumedEvent = UrgencyTrigger.builder().kind(TriggerKind.EVENT)
        .description("A rumour").date(AS_OF.minusMonths(1)).basis(Basis.ASSUMED).build();
    Lead undated = Lead.builder().from(WorkedExamples.justLooking())
        .addTriggers(futureEvent, assumedEvent).build();
    Lead dated = Lead.builder().from(undated).id("dated").addTriggers(assumedDeadline).build();
    QualificationPolicy policy = QualificationPolicy.ofDefaults();
    FourQuestionJudge judge = new FourQuestionJudge(policy.horizon());

    QualificationResult freshUndated = judge.judge(undated, AS_OF, new RuleResults(policy));
    QualificationResult freshDated = judge.judge(dated, AS_OF, new RuleResults(policy));
    // The same outcome (so the same cache slot); only the questions differ.
    assertThat(freshDated.findings()).isEqualTo(freshUndated.findings());
    assertThat(freshDated.warnings()).isEqualTo(freshUndated.warnings());
    assertThat(freshDated.nextQuestions()).contains("What happens if this is not sorted out by 2027-06-01?");
    assertThat(freshUndated.nextQuestions()).contains("What happens if this is not sorted out in time?");

    for (List<Lead> order : List.of(List.of(undated, dated, undated, dated), List.of(dated, undated, dated, undated))) {
      RuleResults shared = new RuleResults(policy);
      for (Lead lead : order) {
        assertThat(judge.judge(lead, AS_OF, shared))
            .isEqualTo(lead == dated ? freshDated : freshUndated);
      }
    }
  }

  /**
   * Deadlines a multiple of 512 days apart share a slot of the kept date texts: each lead's
   * question still gets its own date.
   */
  @Test
  void assemble_deadlinesSharingADateSlot_eachGetsItsOwnDate() {
    QualificationPolicy policy = QualificationPolicy.ofDefaults();
    FourQuestionJudge judge = new FourQuestionJudge(policy.horizon());
    List<Lead> leads = new ArrayList<>();
    List<QualificationResult> fresh = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      LocalDate deadline = AS_OF.plusDays(10 + 512L * i);
      UrgencyTrigger trigger = UrgencyTrigger.builder().kind(TriggerKind.DEADLINE)
          .description("Audit").date(deadline).basis(Basis.ASSUMED).build();
      Lead lead = Lead.builder().from(WorkedExamples.justLooking()).id("lead-" + i).addTriggers(trigger).build();
      leads.add(lead);
      QualificationResult result = judge.judge(lead, AS_OF, new RuleResults(policy));
      assertThat(String.join(" ", result.nextQuestions())).contains(deadline.toString());
      fresh.add(result);
    }
    RuleResults shared = new RuleResults(policy);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < leads.size(); i++) {
        assertThat(judge.judge(leads.get(i), AS_OF, shared)).isEqualTo(fresh.get(i));
      }
    }
  }
}
