package io.github.fourfold;

import io.github.fourfold.fixtures.WorkedExamples;
import static io.github.fourfold.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Qualifier#allOf}: the worst verdict wins, findings concatenate, failures are reported. */
final class CompositionTest {
  private static final String SECRET = "MARKER-PERSONAL";

  /** A plug-in that disqualifies leads whose "icp" attribute is "misfit". */
  private static final class IcpQualifier implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      boolean misfit = "misfit".equals(lead.attributes().get("icp"));
      return QualificationResult.builder()
          .leadId(lead.id())
          .asOf(asOf)
          .verdict(misfit ? Verdict.DISQUALIFIED : Verdict.SQL)
          .addFindings(misfit
              ? CriterionFinding.unmet("ICP_FIT", "ICP_MISFIT", "Outside the ideal customer profile.")
              : CriterionFinding.met("ICP_FIT"))
          .addNextQuestions("Who else is involved in this decision?", "Which plants do you run?")
          .qualifierId(id())
          .build();
    }

    @Override
    public String id() {
      return "icp/1";
    }
  }

  private static QualificationResult result(Lead lead, Verdict verdict, String qualifier, LocalDate revisit) {
    QualificationResult.Builder b = QualificationResult.builder();
    b.leadId(lead.id()).asOf(AS_OF).verdict(verdict).qualifierId(qualifier);
    if (verdict == Verdict.SQL) {
      b.addFindings(CriterionFinding.met("X"));
    } else {
      b.addFindings(CriterionFinding.unmet("X", "X_LATER", "Later."));
      b.revisitOn(verdict == Verdict.NOT_YET ? revisit : null);
    }
    return b.build();
  }

  @Test
  void allOf_worstVerdictWinsAndFindingsConcatenate() {
    Qualifier combined = Qualifier.fourQuestion().andThen(new IcpQualifier());
    Lead misfit = Lead.builder().from(WorkedExamples.conveyorBelt()).putAttributes("icp", "misfit").build();
    QualificationResult result = combined.qualify(misfit, AS_OF);
    assertThat(result.verdict()).isEqualTo(Verdict.DISQUALIFIED);
    assertThat(result.findings()).extracting(CriterionFinding::criterionCode)
        .containsExactly("SITUATION", "PROBLEM", "URGENCY", "DECISION", "ICP_FIT");
    assertThat(result.qualifierId()).isEqualTo("four-question/1+icp/1");
    assertThat(combined.id()).isEqualTo("four-question/1+icp/1");
  }

  @Test
  void allOf_sqlOnlyWhenEveryPartSaysSql() {
    Qualifier combined = Qualifier.allOf(Qualifier.fourQuestion(), new IcpQualifier());
    assertThat(combined.qualify(WorkedExamples.conveyorBelt(), AS_OF).verdict()).isEqualTo(Verdict.SQL);
    QualificationResult notYet = combined.qualify(WorkedExamples.justLooking(), AS_OF);
    assertThat(notYet.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(notYet.warnings()).extracting(Warning::code).containsExactly("DEMO_BEFORE_QUALIFIED");
    assertThat(notYet.nextQuestions()).doesNotHaveDuplicates().contains("Which plants do you run?");
  }

  @Test
  void allOf_keepsLatestRevisitOnlyWhenEveryNotYetPartHasOne() {
    Lead lead = WorkedExamples.contractEnds2029();
    Qualifier later = (l, d) -> result(l, Verdict.NOT_YET, "later/1", LocalDate.of(2028, 6, 1));
    Qualifier noDate = (l, d) -> QualificationResult.builder().leadId(l.id()).asOf(d).verdict(Verdict.NOT_YET)
        .addFindings(CriterionFinding.unmet("X", "X_MISSING", "Missing.")).qualifierId("nodate/1").build();
    assertThat(Qualifier.allOf(Qualifier.fourQuestion(), later).qualify(lead, AS_OF).revisitOn())
        .isEqualTo(LocalDate.of(2028, 6, 1));
    assertThat(Qualifier.allOf(Qualifier.fourQuestion(), noDate).qualify(lead, AS_OF).revisitOn()).isNull();
    Qualifier sql = (l, d) -> result(l, Verdict.SQL, "sql/1", AS_OF);
    assertThat(Qualifier.allOf(Qualifier.fourQuestion(), sql).qualify(lead, AS_OF).revisitOn())
        .isEqualTo(LocalDate.of(2028, 1, 31));
  }

  @Test
  void allOf_aThrowingPartIsReportedByIdWithoutPersonalData() {
    Qualifier throwing = new Qualifier() {
      @Override
      public QualificationResult qualify(Lead lead, LocalDate asOf) {
        throw new IllegalStateException("boom for " + SECRET);
      }

      @Override
      public String id() {
        return "broken/2";
      }
    };
    Qualifier combined = Qualifier.allOf(Qualifier.fourQuestion(), throwing);
    assertThatThrownBy(() -> combined.qualify(WorkedExamples.conveyorBelt(), AS_OF))
        .isInstanceOf(QualifierFailedException.class)
        .hasMessageContaining("broken/2")
        .hasMessageContaining("IllegalStateException")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET))
        .satisfies(e -> assertThat(((QualifierFailedException) e).qualifierId()).isEqualTo("broken/2"));
  }

  @Test
  void allOf_aPartsOwnFailureKeepsItsIdAndMessage() {
    Qualifier failing = new Qualifier() {
      @Override
      public QualificationResult qualify(Lead lead, LocalDate asOf) {
        throw new QualifierFailedException("budget/1", "the CRM did not answer", null);
      }

      @Override
      public String id() {
        return "budget/1";
      }
    };
    Qualifier nested = Qualifier.allOf(Qualifier.fourQuestion(), Qualifier.allOf(failing));
    assertThatThrownBy(() -> nested.qualify(WorkedExamples.conveyorBelt(), AS_OF))
        .isInstanceOf(QualifierFailedException.class)
        .hasMessage("Qualifier 'budget/1' failed: the CRM did not answer")
        .satisfies(e -> assertThat(((QualifierFailedException) e).qualifierId()).isEqualTo("budget/1"));
  }

  @Test
  @SuppressWarnings("NullAway")
  void allOf_aPartReturningNullFails() {
    Qualifier returnsNull = (lead, asOf) -> null;
    assertThatThrownBy(() -> Qualifier.allOf(Qualifier.fourQuestion(), returnsNull).qualify(WorkedExamples.conveyorBelt(), AS_OF))
        .isInstanceOf(QualifierFailedException.class)
        .hasMessageContaining("returned null");
  }

  @Test
  void allOf_aPartAnsweringForAnotherLeadFails() {
    Qualifier other = (lead, asOf) -> Qualifier.fourQuestion().qualify(WorkedExamples.justLooking(), asOf);
    assertThatThrownBy(() -> Qualifier.allOf(Qualifier.fourQuestion(), other).qualify(WorkedExamples.conveyorBelt(), AS_OF))
        .isInstanceOf(QualifierFailedException.class)
        .hasMessageContaining("another lead");
    Qualifier otherDate = (lead, asOf) -> Qualifier.fourQuestion().qualify(lead, asOf.plusDays(1));
    assertThatThrownBy(() -> Qualifier.allOf(otherDate).qualify(WorkedExamples.conveyorBelt(), AS_OF))
        .isInstanceOf(QualifierFailedException.class);
  }

  @Test
  void allOf_onePart_returnsItsResultWhenCombiningWouldChangeNothing() {
    Qualifier rule = Qualifier.fourQuestion();
    Lead lead = WorkedExamples.conveyorBelt();
    QualificationResult alone = rule.qualify(lead, AS_OF);
    QualificationResult combined = Qualifier.allOf(rule).qualify(lead, AS_OF);
    assertThat(combined).isEqualTo(alone);
    assertThat(combined.findings()).isSameAs(alone.findings());
  }

  @Test
  void allOf_onePart_isStillCombinedWhenItsIdOrQuestionsDiffer() {
    Lead lead = WorkedExamples.conveyorBelt();
    // Same id in the result as the qualifier's, so only the repeated question differs.
    AtomicInteger calls = new AtomicInteger();
    Qualifier repeats = new Qualifier() {
      @Override
      public QualificationResult qualify(Lead l, LocalDate asOf) {
        calls.incrementAndGet();
        return QualificationResult.builder()
            .from(result(l, Verdict.SQL, id(), AS_OF))
            .addNextQuestions("Why now?", "Why now?")
            .build();
      }

      @Override
      public String id() {
        return "repeats/1";
      }
    };
    assertThat(Qualifier.allOf(repeats).qualify(lead, AS_OF).nextQuestions())
        .containsExactly("Why now?");
    assertThat(calls).as("the part is asked once, also when its result is combined").hasValue(1);
    // A result naming another qualifier is renamed to the combination's id.
    Qualifier misnamed = (l, asOf) -> result(l, Verdict.SQL, "misnamed/1", AS_OF);
    assertThat(Qualifier.allOf(misnamed).qualify(lead, AS_OF).qualifierId()).isEqualTo(misnamed.id());
  }

  @Test
  void allOf_rejectsNoParts() {
    assertThatThrownBy(Qualifier::allOf).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verdict_ordering() {
    assertThat(Verdict.SQL.isBetterThan(Verdict.NOT_YET)).isTrue();
    assertThat(Verdict.NOT_YET.isBetterThan(Verdict.DISQUALIFIED)).isTrue();
    assertThat(Verdict.NOT_YET.isBetterThan(Verdict.NOT_YET)).isFalse();
    assertThat(Verdict.worst(Verdict.SQL, Verdict.DISQUALIFIED)).isEqualTo(Verdict.DISQUALIFIED);
    assertThat(Verdict.worst(Verdict.NOT_YET, Verdict.SQL)).isEqualTo(Verdict.NOT_YET);
  }
}
