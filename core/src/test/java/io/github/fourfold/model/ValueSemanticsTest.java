package io.github.fourfold.model;

import io.github.fourfold.fixtures.WorkedExamples;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Value semantics of every model type: equal when built alike, different when one field differs. */
final class ValueSemanticsTest {
  private static <T> void valueSemantics(Supplier<T> build, T different) {
    T a = build.get();
    T b = build.get();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(different).isNotEqualTo(new Object());
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void everyModelType_hasValueSemantics() {
    valueSemantics(WorkedExamples::conveyorBelt, Lead.builder().from(WorkedExamples.conveyorBelt()).demoRequested(true).build());
    valueSemantics(() -> Money.of(1, "EUR"), Money.of(1, "USD"));
    valueSemantics(() -> Cost.of(1, "EUR", Per.DAY), Cost.of(1, "EUR", Per.WEEK));
    valueSemantics(() -> Frequency.of(2, Per.DAY), Frequency.of(3, Per.DAY));
    valueSemantics(() -> TimeLost.of(2, Per.DAY), TimeLost.of(2, Per.OCCURRENCE));
    valueSemantics(() -> Company.builder().name("A").country("NL").build(), Company.builder().name("A").build());
    valueSemantics(() -> Contact.builder().name("A").build(), Contact.builder().name("B").build());
    valueSemantics(() -> Situation.builder().summary("s").build(), Situation.builder().summary("t").build());
    valueSemantics(() -> InstalledBaseItem.builder().name("n").ageYears(BigDecimal.ONE).build(),
        InstalledBaseItem.builder().name("n").build());
    valueSemantics(Fixtures::problem, Problem.builder().from(Fixtures.problem()).basis(Basis.ASSUMED).build());
    valueSemantics(() -> Fixtures.deadline(LocalDate.of(2027, 1, 1)), Fixtures.deadline(LocalDate.of(2027, 1, 2)));
    valueSemantics(Fixtures::approver, Stakeholder.builder().from(Fixtures.approver()).firstContact(true).build());
    valueSemantics(Fixtures::decision, DecisionProcess.builder().from(Fixtures.decision()).timeline("t").build());
  }

  @Test
  void money_isExact_scaleMatters() {
    assertThat(Money.of(new BigDecimal("15000"), "EUR")).isNotEqualTo(Money.of(new BigDecimal("15000.00"), "EUR"));
    assertThat(Money.of(new BigDecimal("15000.00"), "EUR").amount().toPlainString()).isEqualTo("15000.00");
  }

  @Test
  void builderFrom_copiesEverything() {
    Lead lead = WorkedExamples.conveyorBelt();
    assertThat(Lead.builder().from(lead).build()).isEqualTo(lead);
    assertThat(Lead.builder().from(lead).problems(List.of()).build().problems()).isEmpty();
  }
}
