package io.github.fourfold;

import io.github.fourfold.fixtures.WorkedExamples;
import static io.github.fourfold.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five worked examples of the spec, with the verdicts of shared/spec/examples/README.md. */
final class WorkedExamplesTest {
  private final Qualifier rule = Qualifier.fourQuestion();

  private static List<String> unmetReasons(QualificationResult result) {
    return result.unmetFindings().stream().map(CriterionFinding::reasonCode).toList();
  }

  private static List<String> warningCodes(QualificationResult result) {
    return result.warnings().stream().map(Warning::code).toList();
  }

  @Test
  void conveyorBelt_isSql() {
    QualificationResult result = rule.qualify(WorkedExamples.conveyorBelt(), AS_OF);
    assertThat(result.verdict()).isEqualTo(Verdict.SQL);
    assertThat(unmetReasons(result)).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.revisitOn()).isNull();
    assertThat(result.nextQuestions()).isEmpty();
    assertThat(result.qualifierId()).isEqualTo("four-question/1");
    assertThat(result.leadId()).isEqualTo("conveyor-belt-foodco");
    assertThat(result.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void justLooking_isNotYetWithDemoWarning() {
    QualificationResult result = rule.qualify(WorkedExamples.justLooking(), AS_OF);
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(unmetReasons(result))
        .containsExactly("PROBLEM_UNKNOWN", "URGENCY_UNKNOWN", "DECISION_UNKNOWN");
    assertThat(warningCodes(result)).containsExactly("DEMO_BEFORE_QUALIFIED");
    assertThat(result.revisitOn()).isNull();
  }

  @Test
  void threeYearsLooking_isNotYetUnsupportedAndSingleThreaded() {
    QualificationResult result = rule.qualify(WorkedExamples.threeYearsLooking(), AS_OF);
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(unmetReasons(result)).containsExactly("URGENCY_UNSUPPORTED");
    assertThat(warningCodes(result)).containsExactly("SINGLE_THREADED");
  }

  @Test
  void wrongFit_isDisqualified() {
    QualificationResult result = rule.qualify(WorkedExamples.wrongFit(), AS_OF);
    assertThat(result.verdict()).isEqualTo(Verdict.DISQUALIFIED);
    assertThat(unmetReasons(result)).containsExactly("PROBLEM_NOT_ADDRESSABLE");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void contractEnds2029_isNotYetWithRevisitDate() {
    QualificationResult result = rule.qualify(WorkedExamples.contractEnds2029(), AS_OF);
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(unmetReasons(result)).containsExactly("URGENCY_BEYOND_HORIZON");
    assertThat(result.revisitOn()).isEqualTo(LocalDate.of(2028, 1, 31));
    assertThat(result.warnings()).isEmpty();
    CriterionFinding urgency = result.finding(Criterion.URGENCY);
    assertThat(urgency).isNotNull();
    assertThat(urgency.message()).contains("2029-01-31").contains("12 months").contains("2028-01-31");
  }

  @Test
  void everyExample_listsTheFourCriteriaInOrder() {
    for (Lead lead : List.of(WorkedExamples.conveyorBelt(), WorkedExamples.justLooking(),
        WorkedExamples.threeYearsLooking(), WorkedExamples.wrongFit(), WorkedExamples.contractEnds2029())) {
      assertThat(rule.qualify(lead, AS_OF).findings())
          .extracting(CriterionFinding::criterionCode)
          .containsExactly("SITUATION", "PROBLEM", "URGENCY", "DECISION");
    }
  }
}
