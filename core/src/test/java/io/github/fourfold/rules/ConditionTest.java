package io.github.fourfold.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.model.Company;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.ProblemCategory;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ConditionTest {
  private static final Lead EMPTY = Lead.builder().id("L-1").build();
  private static final Condition T = Condition.present("/company/industry");
  private static final Condition F = Condition.blank("/company/industry");
  private static final Condition U = Condition.compare("/company/employees", Comparison.AT_LEAST, 1);
  private static final Lead KNOWN_INDUSTRY =
      Lead.builder().id("L-2").company(Company.builder().industry("Packaging").build()).build();

  private static Condition of(Truth t) {
    return t == Truth.TRUE ? T : t == Truth.FALSE ? F : U;
  }

  @ParameterizedTest
  @CsvSource({
    "TRUE,TRUE,TRUE,TRUE,FALSE",
    "TRUE,FALSE,FALSE,TRUE,FALSE",
    "TRUE,UNKNOWN,UNKNOWN,TRUE,FALSE",
    "FALSE,TRUE,FALSE,TRUE,TRUE",
    "FALSE,FALSE,FALSE,FALSE,TRUE",
    "FALSE,UNKNOWN,FALSE,UNKNOWN,TRUE",
    "UNKNOWN,TRUE,UNKNOWN,TRUE,UNKNOWN",
    "UNKNOWN,FALSE,FALSE,UNKNOWN,UNKNOWN",
    "UNKNOWN,UNKNOWN,UNKNOWN,UNKNOWN,UNKNOWN"
  })
  void logic_followsKleenesTruthTable(Truth a, Truth b, Truth and, Truth or, Truth notA) {
    assertThat(Truth.of(of(a), KNOWN_INDUSTRY)).isEqualTo(a);
    assertThat(Truth.of(Condition.and(of(a), of(b)), KNOWN_INDUSTRY)).isEqualTo(and);
    assertThat(Truth.of(Condition.or(of(a), of(b)), KNOWN_INDUSTRY)).isEqualTo(or);
    assertThat(Truth.of(Condition.not(of(a)), KNOWN_INDUSTRY)).isEqualTo(notA);
  }

  @Test
  void present_isNeverUnknown() {
    assertThat(Truth.of(Condition.present("/company/industry"), EMPTY)).isEqualTo(Truth.FALSE);
    assertThat(Truth.of(Condition.blank("/company/industry"), EMPTY)).isEqualTo(Truth.TRUE);
    Lead blank = Lead.builder().id("L").company(Company.builder().industry(" \u00a0\u200b").build()).build();
    assertThat(Truth.of(Condition.present("/company/industry"), blank)).isEqualTo(Truth.FALSE);
    assertThat(Truth.of(Condition.present("/problems"), EMPTY)).isEqualTo(Truth.FALSE);
    assertThat(Truth.of(Condition.present("/demoRequested"), EMPTY)).isEqualTo(Truth.TRUE);
  }

  @Test
  void equalTo_comparesStrippedTextAndIgnoresCaseWhenAsked() {
    Lead lead = Lead.builder().id("L").company(Company.builder().industry("  Food Processing ").build()).build();
    assertThat(Truth.of(Condition.equalTo("/company/industry", "food processing", true), lead)).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(Condition.equalTo("/company/industry", "food processing", false), lead)).isEqualTo(Truth.FALSE);
    assertThat(Truth.of(Condition.equalTo("/company/industry", "Food Processing", false), lead)).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(Condition.equalTo("/company/industry", "x", false), EMPTY)).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void oneOf_matchesEnumsAndAttributes() {
    Lead lead = Lead.builder().id("L")
        .addProblems(Problem.builder().statement("s").category(ProblemCategory.DOWNTIME).build())
        .putAttributes("crm/tier", "Gold")
        .putAttributes("a~b", "x")
        .build();
    assertThat(Truth.of(Condition.oneOf("/problems/*/category", List.of("QUALITY", "DOWNTIME"), false), lead))
        .isEqualTo(Truth.TRUE);
    assertThat(Truth.of(Condition.oneOf("/attributes/crm~1tier", List.of("gold", "silver"), true), lead))
        .isEqualTo(Truth.TRUE);
    assertThat(Truth.of(Condition.present("/attributes/a~0b"), lead)).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(Condition.present("/attributes/a~1b"), lead)).isEqualTo(Truth.FALSE);
  }

  @Test
  void equalTo_readsBooleans() {
    Lead lead = Lead.builder().id("L").demoRequested(true)
        .addProblems(Problem.builder().statement("s").build()).build();
    assertThat(Truth.of(Condition.equalTo("/demoRequested", true), lead)).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(Condition.equalTo("/problems/*/addressable", true), lead)).isEqualTo(Truth.UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource({
    "19,AT_LEAST,FALSE", "20,AT_LEAST,TRUE", "20,GREATER_THAN,FALSE", "20,EQUAL_TO,TRUE",
    "20,NOT_EQUAL_TO,FALSE", "19,LESS_THAN,TRUE", "21,AT_MOST,FALSE"
  })
  void compare_integers(int employees, Comparison comparison, Truth expected) {
    Lead lead = Lead.builder().id("L").company(Company.builder().employees(employees).build()).build();
    assertThat(Truth.of(Condition.compare("/company/employees", comparison, 20), lead)).isEqualTo(expected);
  }

  @Test
  void compareMoney_isUnknownInAnotherCurrency() {
    Lead lead = Lead.builder().id("L")
        .addProblems(Problem.builder().statement("s")
            .cost(Cost.builder().amount(new BigDecimal("15000")).currency("EUR").per(Per.YEAR).build()).build())
        .build();
    Condition euros = Condition.compareMoney("/problems/*/cost", Comparison.AT_LEAST, Money.of(10_000, "EUR"));
    Condition dollars = Condition.compareMoney("/problems/*/cost", Comparison.AT_LEAST, Money.of(10_000, "USD"));
    Condition more = Condition.compareMoney("/problems/*/cost", Comparison.AT_LEAST, Money.of(20_000, "EUR"));
    assertThat(Truth.of(euros, lead)).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(dollars, lead)).isEqualTo(Truth.UNKNOWN);
    assertThat(Truth.of(more, lead)).isEqualTo(Truth.FALSE);
  }

  @Test
  void within_countsBothEndsAndNothingElse() {
    Condition recent = Condition.within("/decisionProcess/decisionBy", Period.ofMonths(6), Direction.BEFORE);
    assertThat(Truth.of(recent, decidedBy(Truth.AS_OF))).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(recent, decidedBy(Truth.AS_OF.minusMonths(6)))).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(recent, decidedBy(Truth.AS_OF.minusMonths(6).minusDays(1)))).isEqualTo(Truth.FALSE);
    assertThat(Truth.of(recent, decidedBy(Truth.AS_OF.plusDays(1)))).isEqualTo(Truth.FALSE);
    assertThat(Truth.of(recent, EMPTY)).isEqualTo(Truth.UNKNOWN);
    Condition soon = Condition.within("/decisionProcess/decisionBy", Period.ofDays(10), Direction.AFTER);
    assertThat(Truth.of(soon, decidedBy(Truth.AS_OF.plusDays(10)))).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(soon, decidedBy(Truth.AS_OF.plusDays(11)))).isEqualTo(Truth.FALSE);
  }

  @Test
  void compareDate_isRelativeToTheReferenceDate() {
    Condition beforeNextYear = Condition.compareDate("/decisionProcess/decisionBy", Comparison.LESS_THAN, Period.ofYears(1));
    assertThat(Truth.of(beforeNextYear, decidedBy(Truth.AS_OF.plusYears(1).minusDays(1)))).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(beforeNextYear, decidedBy(Truth.AS_OF.plusYears(1)))).isEqualTo(Truth.FALSE);
  }

  @Test
  void count_anyAndAll_overLists() {
    Lead lead = Lead.builder().id("L")
        .addTriggers(trigger(TriggerKind.DEADLINE, Truth.AS_OF.plusMonths(2)))
        .addTriggers(trigger(TriggerKind.EVENT, null))
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder().roles(Set.of(Role.USES)).build())
            .addStakeholders(Stakeholder.builder().roles(Set.of(Role.APPROVES, Role.SELECTS)).build())
            .build())
        .build();
    assertThat(Truth.of(Condition.count("/triggers", Comparison.EQUAL_TO, 2), lead)).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(Condition.count("/problems", Comparison.EQUAL_TO, 0), lead)).isEqualTo(Truth.TRUE);
    Condition soon = Condition.within("/triggers/*/date", Period.ofMonths(3), Direction.AFTER);
    assertThat(Truth.of(Condition.any("/triggers", soon), lead)).isEqualTo(Truth.TRUE);
    // One trigger has a date in range and one has none: all is unknown, not false.
    assertThat(Truth.of(Condition.all("/triggers", soon), lead)).isEqualTo(Truth.UNKNOWN);
    assertThat(Truth.of(Condition.all("/problems", Condition.blank("/problems/*/statement")), lead))
        .isEqualTo(Truth.TRUE);
    assertThat(Truth.of(Condition.any("/problems", Condition.present("/problems/*/statement")), lead))
        .isEqualTo(Truth.FALSE);
    assertThat(Truth.of(Condition.equalTo("/decisionProcess/stakeholders/*/roles/*", "APPROVES", false), lead))
        .isEqualTo(Truth.TRUE);
    Condition approver = Condition.any("/decisionProcess/stakeholders/*/roles",
        Condition.equalTo("/decisionProcess/stakeholders/*/roles/*", "APPROVES", false));
    assertThat(Truth.of(Condition.all("/decisionProcess/stakeholders", approver), lead)).isEqualTo(Truth.FALSE);
    assertThat(Truth.of(Condition.any("/decisionProcess/stakeholders", approver), lead)).isEqualTo(Truth.TRUE);
  }

  @Test
  void anyAndAll_bindStarsOfTheirListOnly() {
    Condition sameTrigger = Condition.any("/triggers", Condition.and(
        Condition.equalTo("/triggers/*/kind", "DEADLINE", false),
        Condition.present("/triggers/*/date")));
    Lead split = Lead.builder().id("L")
        .addTriggers(trigger(TriggerKind.DEADLINE, null))
        .addTriggers(trigger(TriggerKind.EVENT, Truth.AS_OF))
        .build();
    assertThat(Truth.of(sameTrigger, split)).isEqualTo(Truth.FALSE);
    Condition separately = Condition.and(
        Condition.equalTo("/triggers/*/kind", "DEADLINE", false), Condition.present("/triggers/*/date"));
    assertThat(Truth.of(separately, split)).isEqualTo(Truth.TRUE);
  }

  private static UrgencyTrigger trigger(TriggerKind kind, @Nullable LocalDate date) {
    return UrgencyTrigger.builder().kind(kind).description("d").date(date).build();
  }

  private static Lead decidedBy(LocalDate date) {
    return Lead.builder().id("L").decisionProcess(DecisionProcess.builder().decisionBy(date).build()).build();
  }
}
