package io.github.fourfold.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.testkit.internal.LeadText;
import io.github.fourfold.testkit.internal.PropertyRunner;
import io.github.fourfold.testkit.internal.RuleTables;
import io.github.fourfold.testkit.internal.RuleTables.Case;
import io.github.fourfold.testkit.internal.SpecOracle;
import io.github.fourfold.testkit.internal.SpecOracle.Judgement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default rule against {@link SpecOracle}, the rule written a second time from the spec's
 * text: on generated leads for many horizons, and on the exhaustive tables of the rule's input
 * classes. Agreement covers the verdict, every reason code, the warnings in order and
 * {@code revisitOn}.
 */
final class FourQuestionRuleProperties {
  /** Seed of the generated leads (fixed: failures must reproduce). */
  static final long SEED = 4_242L;

  /** Leads per horizon. */
  static final int LEADS = 3_000;

  /**
   * Horizons that stress the date arithmetic: the default, zero, month arithmetic that clamps at
   * month ends, mixed months and days, days only, whole years, and one so large that
   * {@code asOf + horizon}, or both {@code asOf ± horizon}, leave {@code LocalDate}'s range.
   */
  static Stream<Period> horizons() {
    return Stream.of(
        Period.ofMonths(12),
        Period.ZERO,
        Period.ofMonths(1),
        Period.of(0, 1, 1),
        Period.ofDays(29),
        Period.ofYears(1),
        Period.of(2, 3, 10),
        Period.ofYears(1_000_000_000), // asOf + h leaves LocalDate's range, asOf - h does not
        Period.ofYears(Integer.MAX_VALUE)); // both leave it
  }

  @ParameterizedTest
  @MethodSource("horizons")
  void qualify_generatedLeads_agreeWithOracle(Period horizon) {
    Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.ofHorizon(horizon));
    SpecOracle oracle = new SpecOracle(horizon);
    LeadGenerator generator = LeadGenerator.builder().horizon(horizon).build();
    new PropertyRunner("The default rule agrees with the spec oracle", rule, generator,
        "LeadGenerator.builder().horizon(" + horizon + ").build()", SEED, LEADS)
        .run((lead, asOf) -> disagreement(rule.qualify(lead, asOf), oracle.judge(lead, asOf)));
  }

  /**
   * The rule shares results, findings and question lists between leads with the same outcome; a
   * lead's result must still be exactly what a rule that has judged nothing before gives, dated
   * messages and revisit dates included. (A horizon other than the default makes
   * {@code Qualifier.fourQuestion(policy)} return a new instance on every call.)
   */
  @Test
  void qualify_doesNotDependOnTheLeadsJudgedBefore() {
    QualificationPolicy policy = QualificationPolicy.ofHorizon(Period.ofMonths(6));
    Qualifier shared = Qualifier.fourQuestion(policy);
    LeadGenerator generator = LeadGenerator.builder().horizon(policy.horizon()).build();
    new PropertyRunner("A result does not depend on the leads judged before", shared, generator,
        "LeadGenerator.builder().horizon(P6M).build()", SEED, LEADS)
        .run((lead, asOf) -> {
          QualificationResult fresh = Qualifier.fourQuestion(policy).qualify(lead, asOf);
          QualificationResult result = shared.qualify(lead, asOf);
          return result.equals(fresh) ? null : "after other leads: " + result + ", alone: " + fresh;
        });
  }

  /** Every table, for three horizons and several awkward reference dates. */
  static Stream<Arguments> tables() {
    List<Case> cases = new ArrayList<>();
    for (Period horizon : List.of(Period.ofMonths(12), Period.ZERO, Period.ofMonths(1))) {
      List<LocalDate> dates = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29),
          LocalDate.of(2027, 3, 31), LocalDate.of(2027, 1, 31));
      cases.addAll(RuleTables.triggers(horizon, dates, true));
      cases.addAll(RuleTables.triggers(horizon,
          List.of(SpecOracle.FIRST_DATE, SpecOracle.LAST_DATE), false));
      for (LocalDate asOf : dates) {
        cases.addAll(RuleTables.outcomes(horizon, asOf));
      }
    }
    Period horizon = Period.ofMonths(12);
    LocalDate asOf = LeadGenerator.DEFAULT_AS_OF;
    cases.addAll(RuleTables.problems(horizon, asOf));
    cases.addAll(RuleTables.decisions(horizon, asOf));
    cases.addAll(RuleTables.situations(horizon, asOf));
    Map<String, List<Case>> byTable = new LinkedHashMap<>();
    for (Case c : cases) {
      byTable.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c);
    }
    return byTable.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void qualify_tableCases_agreeWithOracle(String table, List<Case> cases) {
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.ofHorizon(c.horizon()));
      String d = disagreement(rule.qualify(c.lead(), c.asOf()),
          new SpecOracle(c.horizon()).judge(c.lead(), c.asOf()));
      if (d != null && failures.size() < 10) {
        failures.add(c + ": " + d + "\n    " + LeadText.describe(c.lead()));
      }
    }
    assertThat(failures).as("%s: %d cases", table, cases.size()).isEmpty();
  }

  /** How the rule's result differs from the oracle's judgement, or null. */
  static @Nullable String disagreement(QualificationResult r, Judgement j) {
    if (r.verdict() != j.verdict()) {
      return "verdict " + r.verdict() + ", spec " + j.verdict() + " (" + j + ")";
    }
    Map<Criterion, ReasonCode> unmet = new EnumMap<>(Criterion.class);
    for (CriterionFinding f : r.findings()) {
      Criterion c = f.standardCriterion();
      ReasonCode code = f.standardReason();
      if (c != null && code != null) {
        unmet.put(c, code);
      }
    }
    if (!unmet.equals(j.unmet())) {
      return "reasons " + unmet + ", spec " + j.unmet();
    }
    List<WarningCode> warnings = new ArrayList<>();
    for (Warning w : r.warnings()) {
      warnings.add(WarningCode.valueOf(w.code()));
    }
    if (!warnings.equals(j.warnings())) {
      return "warnings " + warnings + ", spec " + j.warnings();
    }
    if (!Objects.equals(r.revisitOn(), j.revisitOn())) {
      return "revisitOn " + r.revisitOn() + ", spec " + j.revisitOn();
    }
    return null;
  }

}
