package io.github.fourfold.jackson;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.fixtures.WorkedExamples;
import io.github.fourfold.Criterion;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.List;

/**
 * The spec's five worked examples by file name (built in Java once, in core's shared
 * {@link WorkedExamples}), and a hand-written result for each: the fixtures that the golden files
 * pin.
 */
final class Examples {
  private Examples() {}

  static Lead lead(String name) {
    switch (name) {
      case "conveyor-belt":
        return WorkedExamples.conveyorBelt();
      case "just-looking":
        return WorkedExamples.justLooking();
      case "three-years-looking":
        return WorkedExamples.threeYearsLooking();
      case "wrong-fit":
        return WorkedExamples.wrongFit();
      case "contract-ends-2029":
        return WorkedExamples.contractEnds2029();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  static Lead conveyorBelt() {
    return WorkedExamples.conveyorBelt();
  }

  static Lead justLooking() {
    return WorkedExamples.justLooking();
  }

  /**
   * A hand-written result for each example, with the verdict, reasons, warnings and revisit date
   * of the examples' README and sentences of our own: the format is pinned independently of the
   * rule's wording, which lives in core.
   */
  static QualificationResult result(String name) {
    QualificationResult.Builder result =
        QualificationResult.builder()
            .leadId(lead(name).id())
            .asOf(ModuleTestBase.AS_OF)
            .qualifierId(Qualifier.FOUR_QUESTION_ID);
    switch (name) {
      case "conveyor-belt":
        return result.verdict(Verdict.SQL).findings(allMet()).build();
      case "just-looking":
        return result
            .verdict(Verdict.NOT_YET)
            .findings(
                List.of(
                    CriterionFinding.met(Criterion.SITUATION),
                    CriterionFinding.unmet(ReasonCode.PROBLEM_UNKNOWN, "No problem is known."),
                    CriterionFinding.unmet(ReasonCode.URGENCY_UNKNOWN, "No reason to act now."),
                    CriterionFinding.unmet(
                        ReasonCode.DECISION_UNKNOWN, "Nothing is known about the decision.")))
            .addWarnings(
                Warning.of(
                    WarningCode.DEMO_BEFORE_QUALIFIED, "A demo was asked for before qualifying."))
            .addNextQuestions(
                "What does it cost you when this goes wrong?",
                "What happens if nothing changes before the summer?",
                "Who signs for an investment like this?")
            .build();
      case "three-years-looking":
        return result
            .verdict(Verdict.NOT_YET)
            .findings(
                replace(
                    Criterion.URGENCY,
                    CriterionFinding.unmet(
                        ReasonCode.URGENCY_UNSUPPORTED, "The trigger has no date or consequence.")))
            .addWarnings(
                Warning.of(WarningCode.SINGLE_THREADED, "Only the first contact is involved."))
            .addNextQuestions("Why does this have to be solved now?")
            .build();
      case "wrong-fit":
        return result
            .verdict(Verdict.DISQUALIFIED)
            .findings(
                replace(
                    Criterion.PROBLEM,
                    CriterionFinding.unmet(
                        ReasonCode.PROBLEM_NOT_ADDRESSABLE, "We cannot solve this problem.")))
            .build();
      case "contract-ends-2029":
        return result
            .verdict(Verdict.NOT_YET)
            .findings(
                replace(
                    Criterion.URGENCY,
                    CriterionFinding.unmet(
                        ReasonCode.URGENCY_BEYOND_HORIZON, "The deadline is too far away.")))
            .revisitOn(LocalDate.of(2028, 1, 31))
            .build();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static List<CriterionFinding> allMet() {
    return List.of(
        CriterionFinding.met(Criterion.SITUATION),
        CriterionFinding.met(Criterion.PROBLEM),
        CriterionFinding.met(Criterion.URGENCY),
        CriterionFinding.met(Criterion.DECISION));
  }

  private static List<CriterionFinding> replace(Criterion criterion, CriterionFinding finding) {
    return allMet().stream()
        .map(f -> f.criterionCode().equals(criterion.name()) ? finding : f)
        .collect(java.util.stream.Collectors.toList());
  }
}
