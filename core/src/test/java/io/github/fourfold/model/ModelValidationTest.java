package io.github.fourfold.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every constraint of docs/json-format.md holds in the model: building an invalid value throws
 * {@link InvalidValueException} naming the field, and never repeats the rejected value.
 */
final class ModelValidationTest {
  private static final String SECRET = "S3CR3T-VALUE";

  private static void rejects(String field, Executable build) {
    assertThatThrownBy(build::execute)
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> {
          InvalidValueException ive = (InvalidValueException) e;
          assertThat(ive.field()).isEqualTo(field);
          assertThat(ive.expected()).isNotBlank();
          assertThat(ive.getMessage()).startsWith(field + ": expected ").doesNotContain(SECRET);
        });
  }

  @Test
  void leadId_mustBeNonBlankAndAtMost200CodePoints() {
    rejects("Lead.id", () -> Lead.builder().id(" \u200B ").build());
    rejects("Lead.id", () -> Lead.builder().id(SECRET + "x".repeat(200)).build());
    String emoji200 = "\uD83D\uDE00".repeat(200); // 400 chars, 200 code points
    assertThat(Lead.builder().id(emoji200).build().id()).isEqualTo(emoji200);
    rejects("Lead.id", () -> Lead.builder().id(emoji200 + "a").build());
  }

  @Test
  void leadId_isRequiredAndKeptExactly() {
    rejects("Lead.id", () -> Lead.builder().build());
    rejects("id", () -> Lead.builder().id(nullString()));
    assertThat(Lead.builder().id("  L-1 ").build().id()).isEqualTo("  L-1 ");
  }

  @Test
  void company_employeesAndCountry() {
    rejects("Company.employees", () -> Company.builder().employees(-1).build());
    assertThat(Company.builder().employees(0).build().employees()).isZero();
    rejects("Company.country", () -> Company.builder().country("nl").build());
    rejects("Company.country", () -> Company.builder().country("ZZ").build());
    rejects("Company.country", () -> Company.builder().country("NLD").build());
    assertThat(Company.builder().country("XK").build().country()).isEqualTo("XK");
    assertThat(Company.builder().country("NL").build().country()).isEqualTo("NL");
  }

  @Test
  void money_currencyAndAmount() {
    rejects("Money.currency", () -> Money.of(1, "eur"));
    rejects("Money.currency", () -> Money.of(1, "XYZ"));
    rejects("Money.currency", () -> Money.of(1, "EURO"));
    rejects("Money.amount", () -> Money.of(new BigDecimal("-0.01"), "EUR"));
    assertThat(Money.of(new BigDecimal("-0"), "EUR").amount().signum()).isZero();
    rejects("Cost.currency", () -> Cost.of(1, "usd", Per.DAY));
    rejects("Cost.amount", () -> Cost.of(-1, "USD", Per.DAY));
  }

  @Test
  void decimals_scaleFromMinus100To100() {
    for (String absurd : new String[] {"1E-400000000", "1E+400000000", "1E+999999", "1E-101", "1E+101",
        "0E+400000000"}) {
      BigDecimal value = new BigDecimal(absurd);
      rejects("Money.amount", () -> Money.of(value, "EUR"));
      rejects("Cost.amount", () -> Cost.of(value, "EUR", Per.DAY));
      rejects("TimeLost.hours", () -> TimeLost.of(value, Per.DAY));
      rejects("InstalledBaseItem.ageYears", () -> InstalledBaseItem.builder().name("a").ageYears(value).build());
    }
    for (String edge : new String[] {"1E-100", "1E+100", "123456789E+100", "0E-100"}) {
      assertThat(Money.of(new BigDecimal(edge), "EUR").amount()).isEqualTo(new BigDecimal(edge));
    }
  }

  @Test
  void frequency_countAndPer() {
    rejects("Frequency.count", () -> Frequency.of(-1, Per.DAY));
    rejects("Frequency.per", () -> Frequency.of(1, Per.OCCURRENCE));
    assertThat(Frequency.of(0, Per.YEAR).count()).isZero();
  }

  @Test
  void timeLost_hours() {
    rejects("TimeLost.hours", () -> TimeLost.of(new BigDecimal("-1"), Per.OCCURRENCE));
  }

  @Test
  void situation_teamSizeAndYear() {
    rejects("Situation.teamSize", () -> Situation.builder().teamSize(-1).build());
    rejects("Situation.inPlaceSince", () -> Situation.builder().inPlaceSince(999).build());
    rejects("Situation.inPlaceSince", () -> Situation.builder().inPlaceSince(10000).build());
    assertThat(Situation.builder().inPlaceSince(1000).build().inPlaceSince()).isEqualTo(1000);
    assertThat(Situation.builder().inPlaceSince(9999).build().inPlaceSince()).isEqualTo(9999);
  }

  @Test
  void installedBase_nameQuantityAge() {
    rejects("InstalledBaseItem.name", () -> InstalledBaseItem.builder().name("\u00A0").build());
    rejects("InstalledBaseItem.name", () -> InstalledBaseItem.builder().build());
    rejects("InstalledBaseItem.quantity", () -> InstalledBaseItem.builder().name("a").quantity(0).build());
    rejects("InstalledBaseItem.ageYears",
        () -> InstalledBaseItem.builder().name("a").ageYears(new BigDecimal("-0.5")).build());
  }

  @Test
  void problem_statementRequired() {
    rejects("Problem.statement", () -> Problem.builder().statement("\t").build());
    rejects("Problem.statement", () -> Problem.builder().build());
  }

  @Test
  void trigger_kindDescriptionDate() {
    rejects("UrgencyTrigger.kind", () -> UrgencyTrigger.builder().description("d").build());
    rejects("UrgencyTrigger.description", () -> UrgencyTrigger.builder().kind(TriggerKind.EVENT).description(" ").build());
    rejects("UrgencyTrigger.date", () -> UrgencyTrigger.builder().kind(TriggerKind.EVENT).description("d")
        .date(LocalDate.of(10000, 1, 1)).build());
    rejects("UrgencyTrigger.date", () -> UrgencyTrigger.builder().kind(TriggerKind.EVENT).description("d")
        .date(LocalDate.of(0, 12, 31)).build());
    rejects("DecisionProcess.decisionBy",
        () -> DecisionProcess.builder().decisionBy(LocalDate.of(-5, 1, 1)).build());
  }

  @Test
  void lists_rejectNullElements() {
    rejects("problems", () -> Lead.builder().id("x").problems(Arrays.asList(problemOrNull())));
    rejects("roles", () -> Stakeholder.builder().addRoles(roleOrNull()));
  }

  @Test
  void collections_areImmutableAndNeverNull() {
    Lead lead = Lead.builder().id("x").build();
    assertThat(lead.problems()).isEmpty();
    assertThat(lead.triggers()).isEmpty();
    assertThat(lead.attributes()).isEmpty();
    Lead withAttrs = Lead.builder().id("x").putAttributes("tier", "gold").build();
    assertThatThrownBy(() -> withAttrs.attributes().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> lead.problems().add(problemOrNull())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void roles_repeatsMeanOne() {
    Stakeholder s = Stakeholder.builder().addRoles(Role.APPROVES, Role.USES, Role.APPROVES).build();
    assertThat(s.roles()).containsExactly(Role.APPROVES, Role.USES);
  }

  @Test
  void defaults_areAsSpecified() {
    Lead lead = Lead.builder().id("x").build();
    assertThat(lead.demoRequested()).isFalse();
    assertThat(Problem.builder().statement("s").build().basis()).isEqualTo(Basis.STATED);
    assertThat(Problem.builder().statement("s").build().addressable()).isNull();
    assertThat(Stakeholder.builder().build().firstContact()).isFalse();
    assertThat(Stakeholder.builder().build().basis()).isEqualTo(Basis.STATED);
    assertThat(Cost.builder().amount(BigDecimal.ONE).currency("EUR").build().per()).isEqualTo(Per.OCCURRENCE);
    assertThat(UrgencyTrigger.builder().kind(TriggerKind.EVENT).description("d").build().basis()).isEqualTo(Basis.STATED);
  }

  @Test
  void periodsPerYear_asSpecified() {
    assertThat(Arrays.stream(Per.values()).map(Per::periodsPerYear)).containsExactly(0, 365, 52, 12, 4, 1);
  }

  @Test
  void attributes_acceptAnyStrings() {
    Lead lead = Lead.builder().id("x").attributes(Map.of("", " ", "icp.tier", "A")).build();
    assertThat(lead.attributes()).containsEntry("icp.tier", "A").hasSize(2);
    assertThat(List.copyOf(lead.attributes().keySet())).containsExactly("", "icp.tier");
    Lead reversed = Lead.builder().id("x").putAttributes("b", "2").putAttributes("a", "1").build();
    assertThat(reversed.attributes().keySet()).as("kept in key order, not insertion order").containsExactly("a", "b");
  }

  // Values that NullAway would reject at compile time, built the way an unchecked caller would.
  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static Problem problemOrNull() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static Role roleOrNull() {
    return null;
  }
}
