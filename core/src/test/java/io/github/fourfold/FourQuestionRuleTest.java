package io.github.fourfold;

import io.github.fourfold.fixtures.WorkedExamples;
import static io.github.fourfold.Fixtures.AS_OF;
import static io.github.fourfold.Fixtures.approver;
import static io.github.fourfold.Fixtures.deadline;
import static io.github.fourfold.Fixtures.problem;
import static io.github.fourfold.Fixtures.sqlLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reason code, warning and date boundary of docs/qualification-rule.md, pinned one by one. */
final class FourQuestionRuleTest {
  private static final Qualifier RULE = Qualifier.fourQuestion();

  private static QualificationResult qualify(Lead lead) {
    return RULE.qualify(lead, AS_OF);
  }

  private static CriterionFinding finding(QualificationResult result, Criterion criterion) {
    CriterionFinding finding = result.finding(criterion);
    assertThat(finding).isNotNull();
    return finding;
  }

  private static @Nullable String reason(Lead lead, Criterion criterion) {
    return finding(qualify(lead), criterion).reasonCode();
  }

  private static List<String> warnings(Lead lead) {
    return qualify(lead).warnings().stream().map(Warning::code).toList();
  }

  private static UrgencyTrigger.Builder trigger(TriggerKind kind) {
    UrgencyTrigger.Builder b = UrgencyTrigger.builder();
    b.kind(kind).description("Something happens");
    return b;
  }

  private static Lead withTriggers(UrgencyTrigger... triggers) {
    return sqlLead().triggers(List.of(triggers)).build();
  }

  private static Lead withProblems(Problem... problems) {
    return sqlLead().problems(List.of(problems)).build();
  }

  private static Lead withDecision(@Nullable DecisionProcess process) {
    return sqlLead().decisionProcess(process).build();
  }

  @Test
  void baseline_isSqlWithoutWarnings() {
    QualificationResult result = qualify(sqlLead().build());
    assertThat(result.verdict()).isEqualTo(Verdict.SQL);
    assertThat(result.findings()).allMatch(CriterionFinding::met);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.nextQuestions()).isEmpty();
  }

  @Nested
  final class SituationCriterion {
    @Test
    void absent_isUnknown() {
      assertThat(reason(sqlLead().situation(null).build(), Criterion.SITUATION)).isEqualTo("SITUATION_UNKNOWN");
    }

    @Test
    void empty_isUnknown() {
      assertThat(reason(sqlLead().situation(Situation.builder().teamSize(3).build()).build(), Criterion.SITUATION))
          .isEqualTo("SITUATION_UNKNOWN");
    }

    @Test
    void blankSummaryOfEveryBlankKind_isUnknown() {
      String blank = " \t\n\u00A0\u2007\u202F\u200B\u200C\u200D\u2060\uFEFF\u3000";
      assertThat(reason(sqlLead().situation(Situation.builder().summary(blank).build()).build(), Criterion.SITUATION))
          .isEqualTo("SITUATION_UNKNOWN");
    }

    @Test
    void summaryWithOneVisibleCharacter_isMet() {
      assertThat(reason(sqlLead().situation(Situation.builder().summary("\u200Bx ").build()).build(), Criterion.SITUATION))
          .isNull();
    }

    @Test
    void installedBaseWithoutSummary_isMet() {
      Situation situation = Situation.builder()
          .addInstalledBase(InstalledBaseItem.builder().name("press").build()).build();
      assertThat(reason(sqlLead().situation(situation).build(), Criterion.SITUATION)).isNull();
    }
  }

  @Nested
  final class ProblemCriterion {
    private Problem.Builder stated() {
      Problem.Builder b = Problem.builder();
      b.statement("It breaks.");
      return b;
    }

    @Test
    void none_isUnknown() {
      assertThat(reason(withProblems(), Criterion.PROBLEM)).isEqualTo("PROBLEM_UNKNOWN");
    }

    @Test
    void eachQuantity_countsOnItsOwn() {
      assertThat(reason(withProblems(stated().cost(Cost.of(1, "EUR", Per.YEAR)).build()), Criterion.PROBLEM)).isNull();
      assertThat(reason(withProblems(stated().frequency(Frequency.of(1, Per.YEAR)).build()), Criterion.PROBLEM)).isNull();
      assertThat(reason(withProblems(stated().timeLost(TimeLost.of(new BigDecimal("0.5"), Per.DAY)).build()), Criterion.PROBLEM))
          .isNull();
    }

    @Test
    void zeroQuantities_areNotQuantified() {
      Problem zero = stated()
          .cost(Cost.of(BigDecimal.ZERO, "EUR", Per.OCCURRENCE))
          .frequency(Frequency.of(0, Per.MONTH))
          .timeLost(TimeLost.of(new BigDecimal("0.00"), Per.OCCURRENCE))
          .build();
      assertThat(reason(withProblems(zero), Criterion.PROBLEM)).isEqualTo("PROBLEM_NOT_QUANTIFIED");
    }

    @Test
    void unjudgedAddressability_stillCounts() {
      assertThat(reason(withProblems(stated().frequency(Frequency.of(2, Per.DAY)).build()), Criterion.PROBLEM)).isNull();
    }

    @Test
    void allStatedUnaddressable_disqualifies() {
      Lead lead = withProblems(
          stated().addressable(false).frequency(Frequency.of(3, Per.WEEK)).build(),
          stated().addressable(false).build());
      assertThat(reason(lead, Criterion.PROBLEM)).isEqualTo("PROBLEM_NOT_ADDRESSABLE");
      assertThat(qualify(lead).verdict()).isEqualTo(Verdict.DISQUALIFIED);
    }

    @Test
    void disqualification_winsOverOtherUnmetCriteria() {
      Lead lead = sqlLead().situation(null).triggers(List.of()).decisionProcess(null)
          .problems(List.of(stated().addressable(false).build())).build();
      assertThat(qualify(lead).verdict()).isEqualTo(Verdict.DISQUALIFIED);
      assertThat(qualify(lead).revisitOn()).isNull();
    }

    @Test
    void unaddressablePlusCountingProblem_isMet() {
      Lead lead = withProblems(stated().addressable(false).build(), problem());
      assertThat(reason(lead, Criterion.PROBLEM)).isNull();
    }

    @Test
    void assumedUnaddressable_neverDisqualifies() {
      Lead lead = withProblems(stated().addressable(false).basis(Basis.ASSUMED).build());
      assertThat(reason(lead, Criterion.PROBLEM)).isEqualTo("PROBLEM_ASSUMED");
      assertThat(qualify(lead).verdict()).isEqualTo(Verdict.NOT_YET);
    }

    @Test
    void unaddressablePlusAssumed_isAssumedNotDisqualified() {
      Lead lead = withProblems(
          stated().addressable(false).build(),
          stated().basis(Basis.ASSUMED).frequency(Frequency.of(1, Per.DAY)).build());
      assertThat(reason(lead, Criterion.PROBLEM)).isEqualTo("PROBLEM_ASSUMED");
    }

    @Test
    void unquantifiedBeatsAssumed() {
      Lead lead = withProblems(
          stated().basis(Basis.ASSUMED).frequency(Frequency.of(1, Per.DAY)).build(),
          stated().addressable(true).build());
      assertThat(reason(lead, Criterion.PROBLEM)).isEqualTo("PROBLEM_NOT_QUANTIFIED");
    }

    @Test
    void unaddressableUnquantified_isNotCountedAsUnquantified() {
      Lead lead = withProblems(
          stated().addressable(false).build(),
          stated().basis(Basis.ASSUMED).build());
      assertThat(reason(lead, Criterion.PROBLEM)).isEqualTo("PROBLEM_ASSUMED");
    }

    @Test
    void currencyAndPer_doNotMatter() {
      assertThat(reason(withProblems(stated().cost(Cost.of(1, "JPY", Per.OCCURRENCE)).build()), Criterion.PROBLEM))
          .isNull();
    }
  }

  @Nested
  final class UrgencyCriterion {
    @Test
    void none_isUnknown() {
      assertThat(reason(withTriggers(), Criterion.URGENCY)).isEqualTo("URGENCY_UNKNOWN");
    }

    @Test
    void assumed_isAssumedEvenWithGoodDate() {
      Lead lead = withTriggers(trigger(TriggerKind.DEADLINE).date(AS_OF).consequence("x").basis(Basis.ASSUMED).build());
      assertThat(reason(lead, Criterion.URGENCY)).isEqualTo("URGENCY_ASSUMED");
    }

    @Test
    void noDateNoConsequence_isUnsupportedForEveryKind() {
      for (TriggerKind kind : TriggerKind.values()) {
        assertThat(reason(withTriggers(trigger(kind).consequence(" ").build()), Criterion.URGENCY))
            .as(kind.name()).isEqualTo("URGENCY_UNSUPPORTED");
      }
    }

    @Test
    void deadlineWithConsequenceButNoDate_isUnsupported() {
      Lead lead = withTriggers(trigger(TriggerKind.DEADLINE).consequence("We lose customer X.").build());
      assertThat(reason(lead, Criterion.URGENCY)).isEqualTo("URGENCY_UNSUPPORTED");
    }

    @Test
    void eventOrOpportunityWithConsequenceButNoDate_counts() {
      assertThat(reason(withTriggers(trigger(TriggerKind.EVENT).consequence("x").build()), Criterion.URGENCY)).isNull();
      assertThat(reason(withTriggers(trigger(TriggerKind.OPPORTUNITY).consequence("x").build()), Criterion.URGENCY))
          .isNull();
    }

    /** Day offsets from asOf; "h" is the horizon (asOf+12 months = 2028-03-01, asOf-12 months = 2026-03-01). */
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
      "DEADLINE, 2027-02-28, URGENCY_EXPIRED",
      "DEADLINE, 2027-03-01, ",
      "DEADLINE, 2028-03-01, ",
      "DEADLINE, 2028-03-02, URGENCY_BEYOND_HORIZON",
      "DEADLINE, 2026-03-01, URGENCY_EXPIRED",
      "EVENT, 2027-03-02, URGENCY_UNSUPPORTED",
      "EVENT, 2027-03-01, ",
      "EVENT, 2026-03-01, ",
      "EVENT, 2026-02-28, URGENCY_STALE",
      "OPPORTUNITY, 2028-03-01, ",
      "OPPORTUNITY, 2028-03-02, URGENCY_BEYOND_HORIZON",
      "OPPORTUNITY, 2027-03-01, ",
      "OPPORTUNITY, 2026-03-01, ",
      "OPPORTUNITY, 2026-02-28, URGENCY_STALE",
    })
    void boundaries_areInclusive(TriggerKind kind, LocalDate date, @Nullable String expected) {
      Lead lead = withTriggers(trigger(kind).date(date).build());
      assertThat(reason(lead, Criterion.URGENCY)).isEqualTo(expected);
    }

    @Test
    void datedTriggerWithoutConsequence_counts() {
      assertThat(reason(withTriggers(trigger(TriggerKind.EVENT).date(AS_OF.minusDays(3)).build()), Criterion.URGENCY))
          .isNull();
    }

    @Test
    void precedence_beyondExpiredStaleUnsupportedAssumed() {
      UrgencyTrigger beyond = trigger(TriggerKind.DEADLINE).date(AS_OF.plusYears(2)).build();
      UrgencyTrigger expired = trigger(TriggerKind.DEADLINE).date(AS_OF.minusDays(1)).build();
      UrgencyTrigger stale = trigger(TriggerKind.EVENT).date(AS_OF.minusYears(2)).build();
      UrgencyTrigger unsupported = trigger(TriggerKind.OPPORTUNITY).build();
      UrgencyTrigger assumed = trigger(TriggerKind.EVENT).date(AS_OF).basis(Basis.ASSUMED).build();
      assertThat(reason(withTriggers(assumed, unsupported, stale, expired, beyond), Criterion.URGENCY))
          .isEqualTo("URGENCY_BEYOND_HORIZON");
      assertThat(reason(withTriggers(assumed, unsupported, stale, expired), Criterion.URGENCY))
          .isEqualTo("URGENCY_EXPIRED");
      assertThat(reason(withTriggers(assumed, unsupported, stale), Criterion.URGENCY)).isEqualTo("URGENCY_STALE");
      assertThat(reason(withTriggers(assumed, unsupported), Criterion.URGENCY)).isEqualTo("URGENCY_UNSUPPORTED");
      assertThat(reason(withTriggers(assumed), Criterion.URGENCY)).isEqualTo("URGENCY_ASSUMED");
    }

    @Test
    void oneCountingTrigger_beatsAnyFailingOnes() {
      UrgencyTrigger expired = trigger(TriggerKind.DEADLINE).date(AS_OF.minusDays(1)).build();
      assertThat(reason(withTriggers(expired, deadline(AS_OF)), Criterion.URGENCY)).isNull();
    }

    @Test
    void revisitOn_isNurtureDateOfNearestBeyondTrigger() {
      Lead lead = withTriggers(
          trigger(TriggerKind.DEADLINE).date(LocalDate.of(2029, 6, 1)).build(),
          trigger(TriggerKind.OPPORTUNITY).date(LocalDate.of(2028, 5, 10)).build());
      QualificationResult result = qualify(lead);
      assertThat(result.verdict()).isEqualTo(Verdict.NOT_YET);
      assertThat(result.revisitOn()).isEqualTo(LocalDate.of(2027, 5, 10));
    }

    @Test
    void revisitOn_atMonthEnd_isFirstDayItWouldCount() {
      // 2028-02-29 minus 12 months clamps to 2027-02-28, and 2027-02-28 + 12 months = 2028-02-28:
      // still one day short, so the first counting day is 2027-03-01.
      Lead lead = withTriggers(trigger(TriggerKind.DEADLINE).date(LocalDate.of(2028, 2, 29)).build());
      QualificationResult result = RULE.qualify(lead, LocalDate.of(2027, 1, 15));
      assertThat(result.revisitOn()).isEqualTo(LocalDate.of(2027, 3, 1));
      assertThat(finding(RULE.qualify(lead, LocalDate.of(2027, 3, 1)), Criterion.URGENCY).met()).isTrue();
      assertThat(finding(RULE.qualify(lead, LocalDate.of(2027, 2, 28)), Criterion.URGENCY).met()).isFalse();
    }

    @Test
    void revisitOn_withOneMonthHorizon_searchesAroundMonthEnds() {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.ofHorizon(Period.ofMonths(1)));
      Lead lead = withTriggers(trigger(TriggerKind.DEADLINE).date(LocalDate.of(2027, 3, 31)).build());
      QualificationResult result = rule.qualify(lead, LocalDate.of(2027, 1, 1));
      // Feb 28 + 1 month = Mar 28 (too early); Mar 1 + 1 month = Apr 1: first counting day.
      assertThat(result.revisitOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void revisitOn_withMixedHorizon_canLieBeforeDateMinusHorizon() {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.ofHorizon(Period.of(0, 1, 1)));
      Lead lead = withTriggers(trigger(TriggerKind.DEADLINE).date(LocalDate.of(2027, 3, 1)).build());
      // 2027-03-01 minus P1M1D = 2027-01-31, but every day from 2027-01-28 on clamps to
      // 2027-02-28 and then adds a day: 2027-03-01. 2027-01-27 gives 2027-02-28, a day short.
      QualificationResult result = rule.qualify(lead, LocalDate.of(2026, 12, 1));
      assertThat(result.revisitOn()).isEqualTo(LocalDate.of(2027, 1, 28));
      assertThat(finding(rule.qualify(lead, LocalDate.of(2027, 1, 28)), Criterion.URGENCY).met()).isTrue();
      assertThat(finding(rule.qualify(lead, LocalDate.of(2027, 1, 27)), Criterion.URGENCY).met()).isFalse();
    }

    @Test
    void revisitOn_absentWhenNotYetForOtherUrgencyReason() {
      Lead lead = withTriggers(trigger(TriggerKind.DEADLINE).date(AS_OF.minusDays(1)).build());
      assertThat(qualify(lead).revisitOn()).isNull();
    }

    @Test
    void revisitOn_absentWhenDisqualified() {
      Lead lead = sqlLead()
          .triggers(List.of(trigger(TriggerKind.DEADLINE).date(AS_OF.plusYears(2)).build()))
          .problems(List.of(Problem.builder().statement("x").addressable(false).build()))
          .build();
      assertThat(qualify(lead).verdict()).isEqualTo(Verdict.DISQUALIFIED);
      assertThat(qualify(lead).revisitOn()).isNull();
    }

    @Test
    void zeroHorizon_onlyTodayCounts() {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.ofHorizon(Period.ZERO));
      assertThat(rule.qualify(withTriggers(deadline(AS_OF)), AS_OF).verdict()).isEqualTo(Verdict.SQL);
      QualificationResult tomorrow = rule.qualify(withTriggers(deadline(AS_OF.plusDays(1))), AS_OF);
      assertThat(tomorrow.revisitOn()).isEqualTo(AS_OF.plusDays(1));
    }

    @Test
    void hugeHorizon_neverThrows() {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.ofHorizon(Period.ofYears(Integer.MAX_VALUE)));
      Lead lead = withTriggers(trigger(TriggerKind.EVENT).date(LocalDate.of(1, 1, 1)).build());
      assertThat(rule.qualify(lead, LocalDate.of(9999, 12, 31)).verdict()).isEqualTo(Verdict.SQL);
    }
  }

  @Nested
  final class DecisionCriterion {
    private Stakeholder.Builder person() {
      Stakeholder.Builder b = Stakeholder.builder();
      b.title("Someone");
      return b;
    }

    @Test
    void absentOrEmpty_isUnknown() {
      assertThat(reason(withDecision(null), Criterion.DECISION)).isEqualTo("DECISION_UNKNOWN");
      assertThat(reason(withDecision(DecisionProcess.builder().process(" ").timeline("").build()), Criterion.DECISION))
          .isEqualTo("DECISION_UNKNOWN");
    }

    @Test
    void processWithoutDecider_isMakerUnknown() {
      assertThat(reason(withDecision(DecisionProcess.builder().timeline("a month").build()), Criterion.DECISION))
          .isEqualTo("DECISION_MAKER_UNKNOWN");
    }

    @Test
    void assumedApprover_cannotDecide() {
      DecisionProcess process = DecisionProcess.builder()
          .addStakeholders(person().addRoles(Role.APPROVES).basis(Basis.ASSUMED).build())
          .process("Board").build();
      assertThat(reason(withDecision(process), Criterion.DECISION)).isEqualTo("DECISION_MAKER_UNKNOWN");
    }

    @Test
    void approverWithoutHow_isProcessUnknown() {
      DecisionProcess process = DecisionProcess.builder().addStakeholders(approver()).build();
      assertThat(reason(withDecision(process), Criterion.DECISION)).isEqualTo("DECISION_PROCESS_UNKNOWN");
    }

    @Test
    void eachHow_makesItMet() {
      assertThat(reason(withDecision(DecisionProcess.builder().addStakeholders(approver()).process("p").build()),
          Criterion.DECISION)).isNull();
      assertThat(reason(withDecision(DecisionProcess.builder().addStakeholders(approver()).timeline("t").build()),
          Criterion.DECISION)).isNull();
      assertThat(reason(withDecision(DecisionProcess.builder().addStakeholders(approver())
          .decisionBy(AS_OF.minusYears(5)).build()), Criterion.DECISION)).isNull();
    }

    @Test
    void signingThreshold_isBothWhoAndHow() {
      DecisionProcess process = DecisionProcess.builder()
          .addStakeholders(person().approvesAbove(Money.of(0, "EUR")).build()).build();
      assertThat(reason(withDecision(process), Criterion.DECISION)).isNull();
    }

    @Test
    void assumedThreshold_isNotTheHow() {
      DecisionProcess process = DecisionProcess.builder()
          .addStakeholders(approver())
          .addStakeholders(person().approvesAbove(Money.of(10, "EUR")).basis(Basis.ASSUMED).build())
          .build();
      assertThat(reason(withDecision(process), Criterion.DECISION)).isEqualTo("DECISION_PROCESS_UNKNOWN");
    }

    @Test
    void assumedStakeholderAlone_makesProcessExist() {
      DecisionProcess process = DecisionProcess.builder()
          .addStakeholders(person().basis(Basis.ASSUMED).build()).build();
      assertThat(reason(withDecision(process), Criterion.DECISION)).isEqualTo("DECISION_MAKER_UNKNOWN");
    }
  }

  @Nested
  final class Warnings {
    @Test
    void demoBeforeQualified_onlyWhenNotSql() {
      assertThat(warnings(sqlLead().demoRequested(true).build())).isEmpty();
      assertThat(warnings(sqlLead().demoRequested(true).situation(null).build()))
          .containsExactly("DEMO_BEFORE_QUALIFIED");
      assertThat(warnings(sqlLead().situation(null).build())).isEmpty();
    }

    @Test
    void assumption_forAnyAssumedProblemTriggerOrStakeholder() {
      assertThat(warnings(sqlLead().addProblems(Problem.builder().statement("x").basis(Basis.ASSUMED).build()).build()))
          .containsExactly("ASSUMPTION");
      assertThat(warnings(sqlLead().addTriggers(trigger(TriggerKind.EVENT).basis(Basis.ASSUMED).build()).build()))
          .containsExactly("ASSUMPTION");
      assertThat(warnings(withDecision(DecisionProcess.builder().from(Fixtures.decision())
          .addStakeholders(Stakeholder.builder().basis(Basis.ASSUMED).build()).build())))
          .containsExactly("ASSUMPTION");
    }

    @Test
    void singleThreaded_whenOnlyFirstContactOrAssumedPeople() {
      Stakeholder first = Stakeholder.builder().addRoles(Role.APPROVES).firstContact(true).build();
      Stakeholder assumed = Stakeholder.builder().basis(Basis.ASSUMED).build();
      assertThat(warnings(withDecision(DecisionProcess.builder().addStakeholders(first).process("p").build())))
          .containsExactly("SINGLE_THREADED");
      assertThat(warnings(withDecision(DecisionProcess.builder().addStakeholders(first, assumed).process("p").build())))
          .containsExactly("ASSUMPTION", "SINGLE_THREADED");
      assertThat(warnings(withDecision(DecisionProcess.builder().timeline("q").build())))
          .containsExactly("SINGLE_THREADED");
    }

    @Test
    void singleThreaded_notWithoutDecisionProcess() {
      assertThat(warnings(withDecision(null))).isEmpty();
      assertThat(warnings(withDecision(DecisionProcess.builder().build()))).isEmpty();
    }

    @Test
    void singleThreaded_ignoresContactMatching() {
      Lead lead = sqlLead().contact(io.github.fourfold.model.Contact.builder().name("Ann").build())
          .decisionProcess(DecisionProcess.builder()
              .addStakeholders(Stakeholder.builder().name("Ann").addRoles(Role.APPROVES).build())
              .process("p").build())
          .build();
      assertThat(warnings(lead)).isEmpty();
    }

    @Test
    void deadlineWithoutConsequence_whenEveryCountingTriggerIsBareDeadline() {
      UrgencyTrigger bare = trigger(TriggerKind.DEADLINE).date(AS_OF.plusDays(10)).build();
      UrgencyTrigger bare2 = trigger(TriggerKind.DEADLINE).date(AS_OF.plusDays(20)).consequence(" ").build();
      UrgencyTrigger event = trigger(TriggerKind.EVENT).date(AS_OF).build();
      UrgencyTrigger expiredWithConsequence = trigger(TriggerKind.DEADLINE).date(AS_OF.minusDays(1)).consequence("c").build();
      assertThat(warnings(withTriggers(bare, bare2))).containsExactly("DEADLINE_WITHOUT_CONSEQUENCE");
      assertThat(warnings(withTriggers(bare, expiredWithConsequence))).containsExactly("DEADLINE_WITHOUT_CONSEQUENCE");
      assertThat(warnings(withTriggers(bare, event))).isEmpty();
      assertThat(warnings(withTriggers(bare, deadline(AS_OF)))).isEmpty();
    }

    @Test
    void deadlineWithoutConsequence_notWhenUrgencyUnmet() {
      assertThat(warnings(withTriggers(trigger(TriggerKind.DEADLINE).date(AS_OF.minusDays(1)).build()))).isEmpty();
    }

    @Test
    void allWarnings_inTableOrder() {
      Lead lead = sqlLead()
          .demoRequested(true)
          .situation(null)
          .addProblems(Problem.builder().statement("x").basis(Basis.ASSUMED).build())
          .triggers(List.of(trigger(TriggerKind.DEADLINE).date(AS_OF).build()))
          .decisionProcess(DecisionProcess.builder()
              .addStakeholders(Stakeholder.builder().addRoles(Role.APPROVES).firstContact(true).build())
              .process("p").build())
          .build();
      assertThat(warnings(lead)).containsExactly(
          "DEMO_BEFORE_QUALIFIED", "ASSUMPTION", "SINGLE_THREADED", "DEADLINE_WITHOUT_CONSEQUENCE");
    }
  }

  @Nested
  final class Texts {
    @Test
    void unmetFindings_haveMessagesAndQuestions() {
      QualificationResult result = qualify(WorkedExamples.justLooking());
      assertThat(result.unmetFindings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
      assertThat(result.nextQuestions()).contains("Who else is involved in this decision?")
          .doesNotHaveDuplicates();
    }

    @Test
    void dutch_isAvailable() {
      Qualifier dutch = Qualifier.fourQuestion(
          QualificationPolicy.builder().locale(java.util.Locale.forLanguageTag("nl")).build());
      QualificationResult result = dutch.qualify(WorkedExamples.contractEnds2029(), AS_OF);
      assertThat(finding(result, Criterion.URGENCY).message()).contains("2029-01-31").contains("12 maanden");
      assertThat(result.nextQuestions()).contains("Wat is er veranderd waardoor dit nu prioriteit heeft?");
      assertThat(result.verdict()).isEqualTo(qualify(WorkedExamples.contractEnds2029()).verdict());
    }

    @Test
    void unknownLanguage_fallsBackToEnglish() {
      Qualifier german = Qualifier.fourQuestion(
          QualificationPolicy.builder().locale(java.util.Locale.GERMAN).build());
      assertThat(german.qualify(WorkedExamples.justLooking(), AS_OF).nextQuestions())
          .isEqualTo(qualify(WorkedExamples.justLooking()).nextQuestions());
    }
  }

  /** The rule re-uses its result for leads with the same outcome on the same date. */
  @Nested
  final class SharedResults {
    @Test
    void leadsWithTheSameOutcome_getTheirOwnIdAndEqualResultsOtherwise() {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.builder().build());
      QualificationResult first = rule.qualify(sqlLead().id("L-1").build(), AS_OF);
      QualificationResult second = rule.qualify(sqlLead().id("L-2").build(), AS_OF);
      assertThat(first.leadId()).isEqualTo("L-1");
      assertThat(second.leadId()).isEqualTo("L-2");
      assertThat(second).isEqualTo(QualificationResult.builder().from(first).leadId("L-2").build());
    }

    @Test
    void anotherDate_isNotAnsweredFromTheLastDate() {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.builder().build());
      Lead lead = sqlLead().build();
      rule.qualify(lead, AS_OF);
      QualificationResult later = rule.qualify(lead, AS_OF.plusDays(1));
      assertThat(later.asOf()).isEqualTo(AS_OF.plusDays(1));
      assertThat(rule.qualify(lead, AS_OF).asOf()).isEqualTo(AS_OF);
    }

    @Test
    void revisitDates_stayPerLead() {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.builder().build());
      UrgencyTrigger.Builder deadline = trigger(TriggerKind.DEADLINE).consequence("Fines");
      QualificationResult near = rule.qualify(
          withTriggers(deadline.date(AS_OF.plusYears(2)).build()), AS_OF);
      QualificationResult far = rule.qualify(
          withTriggers(deadline.date(AS_OF.plusYears(3)).build()), AS_OF);
      assertThat(near.revisitOn()).isEqualTo(AS_OF.plusYears(1));
      assertThat(far.revisitOn()).isEqualTo(AS_OF.plusYears(2));
    }
  }
}
