package io.github.fourfold;

import io.github.fourfold.fixtures.WorkedExamples;
import static io.github.fourfold.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A result that exists is consistent: verdict, findings and revisit date agree. */
final class QualificationResultTest {
  private static QualificationResult.Builder base() {
    QualificationResult.Builder b = QualificationResult.builder();
    b.leadId("L-1").asOf(AS_OF).qualifierId("x/1");
    return b;
  }

  @Test
  void sqlWithUnmetFinding_isRejected() {
    assertThatThrownBy(() -> base().verdict(Verdict.SQL)
        .addFindings(CriterionFinding.unmet(ReasonCode.URGENCY_UNKNOWN, "No urgency.")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("QualificationResult.verdict");
  }

  @Test
  void notSqlWithoutUnmetFinding_isRejected() {
    assertThatThrownBy(() -> base().verdict(Verdict.NOT_YET).addFindings(CriterionFinding.met(Criterion.PROBLEM)).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> base().verdict(Verdict.DISQUALIFIED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("QualificationResult.criteria");
  }

  @Test
  void revisitOn_onlyForNotYet() {
    assertThatThrownBy(() -> base().verdict(Verdict.DISQUALIFIED).revisitOn(LocalDate.of(2028, 1, 1))
        .addFindings(CriterionFinding.unmet(ReasonCode.PROBLEM_NOT_ADDRESSABLE, "No fit.")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("QualificationResult.revisitOn");
  }

  @Test
  void finding_reasonMustBelongToCriterion() {
    assertThatThrownBy(() -> CriterionFinding.unmet("PROBLEM", "URGENCY_UNKNOWN", "x"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CriterionFinding.unmet("ICP", "icp-misfit", "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("CriterionFinding.reason");
    assertThatThrownBy(() -> CriterionFinding.unmet("ICP", "ICP_MISFIT", " "))
        .isInstanceOf(InvalidValueException.class);
    CriterionFinding custom = CriterionFinding.unmet("ICP", "ICP_MISFIT", "Outside the profile.");
    assertThat(custom.standardCriterion()).isNull();
    assertThat(custom.standardReason()).isNull();
    CriterionFinding standard = CriterionFinding.unmet(ReasonCode.DECISION_UNKNOWN, "Unknown.");
    assertThat(standard.standardCriterion()).isEqualTo(Criterion.DECISION);
    assertThat(standard.standardReason()).isEqualTo(ReasonCode.DECISION_UNKNOWN);
  }

  @Test
  void everyReasonCode_belongsToItsNamedCriterion() {
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(code.name()).startsWith(code.criterion().name() + "_");
    }
  }

  @Test
  void policy_rejectsNegativeHorizon() {
    assertThatThrownBy(() -> QualificationPolicy.ofHorizon(java.time.Period.of(1, -1, 0)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("QualificationPolicy.horizon");
    assertThat(QualificationPolicy.ofDefaults().horizon()).isEqualTo(java.time.Period.ofMonths(12));
  }

  @Test
  void apiValues_haveValueSemantics() {
    assertThat(CriterionFinding.met(Criterion.SITUATION)).isEqualTo(CriterionFinding.met("SITUATION"))
        .hasSameHashCodeAs(CriterionFinding.met("SITUATION")).isNotEqualTo(CriterionFinding.met("PROBLEM"));
    assertThat(Warning.of(WarningCode.ASSUMPTION, "m")).isEqualTo(Warning.of("ASSUMPTION", "m"))
        .hasSameHashCodeAs(Warning.of("ASSUMPTION", "m")).isNotEqualTo(Warning.of("ASSUMPTION", "n"));
    QualificationResult a = Qualifier.fourQuestion().qualify(WorkedExamples.justLooking(), AS_OF);
    QualificationResult b = Qualifier.fourQuestion().qualify(WorkedExamples.justLooking(), AS_OF);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b)
        .isNotEqualTo(Qualifier.fourQuestion().qualify(WorkedExamples.justLooking(), AS_OF.plusDays(1)));
    assertThat(QualificationPolicy.builder().build()).isEqualTo(QualificationPolicy.ofDefaults())
        .isNotEqualTo(QualificationPolicy.ofHorizon(java.time.Period.ofMonths(6)));
  }

  @Test
  @SuppressWarnings("NullAway")
  void apiValues_rejectNulls() {
    assertThatThrownBy(() -> Warning.of("X", null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CriterionFinding.met((String) null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> base().verdict(null)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("verdict");
    assertThatThrownBy(() -> base().addNextQuestions((String) null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> QualificationPolicy.builder().horizon(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> base().verdict(Verdict.SQL).addFindings(CriterionFinding.met("X")).leadId(" ").build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("QualificationResult.leadId");
  }

  @Test
  void withLeadId_changesOnlyTheLeadId() {
    QualificationResult result = base().verdict(Verdict.NOT_YET).revisitOn(LocalDate.of(2028, 1, 1))
        .addFindings(CriterionFinding.unmet(ReasonCode.URGENCY_UNKNOWN, "No urgency."))
        .addNextQuestions("Why now?").build();
    QualificationResult other = result.withLeadId("L-2");
    assertThat(other.leadId()).isEqualTo("L-2");
    assertThat(other).isEqualTo(QualificationResult.builder().from(result).leadId("L-2").build());
    assertThat(result.withLeadId("L-1")).isSameAs(result);
    assertThatThrownBy(() -> result.withLeadId(" \u200B"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("QualificationResult.leadId");
  }
}
