package io.github.fourfold.report;

import static io.github.fourfold.report.Leads.AS_OF;
import static io.github.fourfold.report.Leads.NL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.model.Lead;
import io.github.fourfold.internal.text.Placeholders;
import io.github.fourfold.internal.text.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class CallPlanTest {
  @Test
  void firstCall_isTheArticlesSixStepsIn25Minutes() {
    CallPlan plan = CallPlan.firstCall(Locale.ENGLISH);

    assertThat(plan.kind()).isEqualTo(CallPlan.Kind.FIRST_CALL);
    assertThat(plan.steps()).extracting(CallStep::topic).containsExactly(CallTopic.CONTEXT,
        CallTopic.SITUATION, CallTopic.PROBLEM, CallTopic.URGENCY, CallTopic.DECISION, CallTopic.NEXT_STEP);
    assertThat(plan.steps()).extracting(CallStep::minutes).containsExactly(2, 5, 5, 5, 5, 3);
    assertThat(plan.minutes()).isEqualTo(25).isBetween(CallPlan.MIN_MINUTES, CallPlan.MAX_MINUTES);
    QuestionBank bank = QuestionBank.of(Locale.ENGLISH);
    for (CallStep step : plan.steps()) {
      assertThat(step.questions()).isEqualTo(bank.forTopic(step.topic()));
    }
  }

  @Test
  void firstCall_inDutch_hasTheArticlesStepNames() {
    CallPlan plan = CallPlan.firstCall(NL);

    assertThat(plan.steps()).extracting(CallStep::title)
        .containsExactly("Context", "Situatie", "Probleem", "Urgentie", "Besluitvorming", "Volgende stap");
    assertThat(plan.steps()).extracting(CallStep::goal).containsExactly(
        "Waarom nemen ze contact op?", "Hoe ziet de huidige staat eruit?", "Wat werkt niet?", "Waarom nu?",
        "Wie beslist en hoe?", "Wel of niet door, en wat dan?");
  }

  @Test
  void firstCall_text_matchesGolden() {
    Golden.assertMatches("first-call.en.txt", CallPlan.firstCall(Locale.ENGLISH).toText());
    Golden.assertMatches("first-call.nl.md", CallPlan.firstCall(NL).toMarkdown());
  }

  @Test
  void followUp_onlyUrgencyOpen_givesUrgencyTheMinutesUpTo15() {
    QualificationResult result = Qualifier.fourQuestion().qualify(Leads.contractEnds2029(), AS_OF);

    CallPlan plan = CallPlan.followUp(result, Locale.ENGLISH);

    assertThat(plan.kind()).isEqualTo(CallPlan.Kind.FOLLOW_UP);
    assertThat(plan.toText()).isEqualTo("""
        Follow-up call (15 min)
        1. Urgency (12 min): Why now?
           - What has changed that makes this a priority now?
           - When does this need to be solved?
        2. Next step (3 min): Go on or not, and what then?
           - Do we go on, and if so, what is the next step?
        """);
  }

  @Test
  void followUp_warningOnAMetCriterion_addsItsStepWithOnlyTheWarningsQuestions() {
    QualificationResult result = Qualifier.fourQuestion().qualify(Leads.threeYearsLooking(), AS_OF);

    CallPlan plan = CallPlan.followUp(result, Locale.ENGLISH);

    assertThat(plan.steps()).extracting(CallStep::topic)
        .containsExactly(CallTopic.URGENCY, CallTopic.DECISION, CallTopic.NEXT_STEP);
    assertThat(plan.steps()).extracting(CallStep::minutes).containsExactly(6, 6, 3);
    CallStep decision = Objects.requireNonNull(plan.step(CallTopic.DECISION));
    assertThat(decision.questions()).containsExactly("Who else is involved in this decision?");
  }

  @Test
  void followUp_demoRequested_opensWithContext() {
    QualificationResult result = Qualifier.fourQuestion().qualify(Leads.justLooking(), AS_OF);

    CallPlan plan = CallPlan.followUp(result, NL);

    assertThat(plan.steps()).extracting(CallStep::topic).containsExactly(
        CallTopic.CONTEXT, CallTopic.PROBLEM, CallTopic.URGENCY, CallTopic.DECISION, CallTopic.NEXT_STEP);
    assertThat(plan.minutes()).isEqualTo(20);
    assertThat(plan.questions()).startsWith("Waarom nemen jullie nu contact met ons op?");
  }

  @Test
  void followUp_salesQualified_isOnlyTheNextStep() {
    QualificationResult result = Qualifier.fourQuestion().qualify(Leads.conveyorBelt(), AS_OF);

    CallPlan plan = CallPlan.followUp(result, Locale.ENGLISH);

    assertThat(plan.steps()).extracting(CallStep::topic).containsExactly(CallTopic.NEXT_STEP);
    assertThat(plan.minutes()).isEqualTo(3);
  }

  @Test
  void followUp_customFindingsOnly_planTheOtherCriteriaAndTheNextStep() {
    QualificationResult result = QualificationResult.builder()
        .leadId("x").verdict(Verdict.NOT_YET).asOf(AS_OF)
        .addFindings(CriterionFinding.unmet("BUDGET", "BUDGET_UNKNOWN", "No budget is known."))
        .addWarnings(Warning.of("BIG_DEAL", "A large deal."))
        .qualifierId("budget/1")
        .build();

    CallPlan plan = CallPlan.followUp(result, Locale.ENGLISH);
    assertThat(plan.steps()).extracting(CallStep::topic)
        .containsExactly(CallTopic.OTHER_CRITERIA, CallTopic.NEXT_STEP);
    assertThat(plan.steps()).extracting(CallStep::minutes).containsExactly(12, 3);
    CallStep other = plan.step(CallTopic.OTHER_CRITERIA);
    assertThat(other).isNotNull();
    assertThat(other.title()).isEqualTo("Other criteria");
    assertThat(other.goal()).isEqualTo("What is still open for BUDGET?");
    assertThat(other.questions()).isEmpty();
  }

  /** Every combination of reasons (or met) per criterion and of warnings: 4,480 results. */
  @Test
  void followUp_everyCombination_staysInTheFrameAndAsksEveryNextQuestionOnce() {
    int checked = 0;
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      QuestionBank bank = QuestionBank.of(locale);
      for (ReasonCode situation : reasonsOrMet(Criterion.SITUATION)) {
        for (ReasonCode problem : reasonsOrMet(Criterion.PROBLEM)) {
          for (ReasonCode urgency : reasonsOrMet(Criterion.URGENCY)) {
            for (ReasonCode decision : reasonsOrMet(Criterion.DECISION)) {
              for (Set<WarningCode> warnings : subsets(WarningCode.values())) {
                QualificationResult result = result(warnings, situation, problem, urgency, decision);
                CallPlan plan = CallPlan.followUp(result, locale);

                boolean criterionOpen = !result.unmetFindings().isEmpty()
                    || warnings.contains(WarningCode.SINGLE_THREADED)
                    || warnings.contains(WarningCode.DEADLINE_WITHOUT_CONSEQUENCE);
                assertThat(plan.minutes()).isLessThanOrEqualTo(CallPlan.MAX_MINUTES);
                if (criterionOpen) {
                  assertThat(plan.minutes()).isGreaterThanOrEqualTo(CallPlan.MIN_MINUTES);
                }
                assertThat(plan.steps().get(plan.steps().size() - 1).topic()).isEqualTo(CallTopic.NEXT_STEP);
                assertThat(plan.steps()).extracting(CallStep::topic).isSorted();
                assertThat(new HashSet<>(plan.questions())).hasSameSizeAs(plan.questions());
                // The plan keeps the article's placeholders; next questions are worded without.
                assertThat(Placeholders.fill(plan.questions(), Texts.of(locale), null))
                    .containsAll(bank.nextQuestions(result));
                for (CriterionFinding unmet : result.unmetFindings()) {
                  assertThat(plan.step(CallTopic.of(Criterion.valueOf(unmet.criterionCode())))).isNotNull();
                }
                checked++;
              }
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(2 * 2 * 5 * 7 * 4 * 16);
  }

  private static List<@Nullable ReasonCode> reasonsOrMet(Criterion criterion) {
    List<@Nullable ReasonCode> options = new ArrayList<>();
    options.add(null);
    for (ReasonCode code : ReasonCode.values()) {
      if (code.criterion() == criterion) {
        options.add(code);
      }
    }
    return options;
  }

  private static List<Set<WarningCode>> subsets(WarningCode... codes) {
    List<Set<WarningCode>> subsets = new ArrayList<>();
    subsets.add(EnumSet.noneOf(WarningCode.class));
    for (WarningCode code : codes) {
      List<Set<WarningCode>> more = new ArrayList<>();
      for (Set<WarningCode> subset : subsets) {
        Set<WarningCode> with = EnumSet.copyOf(subset);
        with.add(code);
        more.add(with);
      }
      subsets.addAll(more);
    }
    return subsets;
  }

  private static QualificationResult result(Set<WarningCode> codes, @Nullable ReasonCode... reasons) {
    List<CriterionFinding> criteria = new ArrayList<>();
    Verdict verdict = Verdict.SQL;
    List<Criterion> all = List.of(Criterion.values());
    for (int i = 0; i < reasons.length; i++) {
      ReasonCode reason = reasons[i];
      if (reason == null) {
        criteria.add(CriterionFinding.met(all.get(i)));
      } else {
        criteria.add(CriterionFinding.unmet(reason, "Unmet."));
        verdict = reason == ReasonCode.PROBLEM_NOT_ADDRESSABLE ? Verdict.DISQUALIFIED : Verdict.worst(verdict, Verdict.NOT_YET);
      }
    }
    List<Warning> warnings = new ArrayList<>();
    for (WarningCode code : codes) {
      warnings.add(Warning.of(code, "Watch out."));
    }
    return QualificationResult.builder().leadId("combination").verdict(verdict).asOf(AS_OF)
        .findings(criteria).warnings(warnings).qualifierId("test/1").build();
  }

  @Test
  void toMarkdown_followUp_isANumberedListWithNestedQuestions() {
    Lead lead = Leads.threeYearsLooking();
    CallPlan plan = CallPlan.followUp(Qualifier.fourQuestion().qualify(lead, AS_OF), NL);

    assertThat(plan.toMarkdown()).isEqualTo("""
        ## Vervolggesprek (15 min)

        1. **Urgentie** (6 min): Waarom nu?
           - Wanneer moet dit opgelost zijn?
           - Wat gebeurt er als dit niet voor \\[datum\\] geregeld is?
        2. **Besluitvorming** (6 min): Wie beslist en hoe?
           - Wie is er nog meer betrokken bij dit besluit?
        3. **Volgende stap** (3 min): Wel of niet door, en wat dan?
           - Gaan we door, en zo ja: wat is de volgende stap?
        """);
  }
}
