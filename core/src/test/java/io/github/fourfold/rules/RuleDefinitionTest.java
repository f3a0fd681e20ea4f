package io.github.fourfold.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fourfold.Qualifier;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Lead;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class RuleDefinitionTest {
  private static final Condition OK = Condition.present("/company/industry");

  private static InvalidDefinitionException invalid(Runnable build) {
    return catchThrowableOfType(InvalidDefinitionException.class, build::run);
  }

  private static List<String> errors(Condition condition) {
    InvalidDefinitionException e = invalid(() -> Truth.check(condition));
    assertThat(e).as("expected an invalid condition").isNotNull();
    List<String> out = new ArrayList<>();
    for (DefinitionError error : e.errors()) {
      out.add(error.code() + " " + error.pointer() + " " + error.message());
    }
    return out;
  }

  @Test
  void paths_intoPersonalDataAreRefused() {
    assertThat(errors(Condition.present("/contact/email")))
        .containsExactly("INVALID_VALUE /condition/present a readable path: /contact is personal data, which rules never read");
    assertThat(errors(Condition.present("/decisionProcess/stakeholders/*/name")).get(0))
        .contains("/decisionProcess/stakeholders/*/name is personal data");
  }

  @Test
  void paths_thatDoNotExistNameTheNearest() {
    assertThat(errors(Condition.compare("/company/employes", Comparison.AT_LEAST, 20)))
        .containsExactly("INVALID_VALUE /condition/compare/path a path of the lead's JSON format; the nearest is /company/employees");
    assertThat(errors(Condition.present("/problems/0/statement")).get(0)).contains("never one by its position");
    assertThat(errors(Condition.present("company")).get(0)).contains("starting with /");
    assertThat(errors(Condition.present("/attributes/a~2")).get(0)).contains("~ is written ~0");
    assertThat(errors(Condition.present("/company/industry/x")).get(0)).contains("ends at /company/industry");
  }

  @Test
  void operators_mustFitTheFieldType() {
    assertThat(errors(Condition.equalTo("/problems/*/statement", "x", false)).get(0))
        .contains("free text: only present and blank apply");
    assertThat(errors(Condition.compare("/problems/*/cost/amount", Comparison.AT_LEAST, 1)).get(0))
        .contains("use compareMoney");
    assertThat(errors(Condition.compare("/company/employees", Comparison.AT_LEAST, new java.math.BigDecimal("1.5"))).get(0))
        .contains("/condition/compare/value an integer");
    assertThat(errors(Condition.equalTo("/problems/*/category", "downtime", false)))
        .containsExactly("INVALID_VALUE /condition/equals/value one of DOWNTIME, LEAD_TIME, QUALITY, CAPACITY, COST, "
            + "MISSED_OPPORTUNITY, RISK, OTHER");
    assertThat(errors(Condition.equalTo("/demoRequested", "true", false)).get(0)).contains("a boolean");
    assertThat(errors(Condition.count("/company", Comparison.AT_LEAST, 1)).get(0)).contains("a path to a list");
  }

  @Test
  void iteration_neverMultipliesTwoLists() {
    Condition product = Condition.any("/triggers", Condition.present("/problems/*/statement"));
    assertThat(errors(product).get(0)).startsWith("INVALID_VALUE /condition/any/condition/present inside any/all over /triggers");
    Condition nested = Condition.any("/triggers", Condition.any("/problems", OK));
    assertThat(errors(nested).get(0)).contains("/condition/any/condition/any/path");
    Condition unbound = Condition.count("/decisionProcess/stakeholders/*/roles", Comparison.AT_LEAST, 1);
    assertThat(errors(unbound).get(0)).contains("wrap this in an any or all over /decisionProcess/stakeholders");
    // Reading the lead itself inside an iteration stays linear, so it is allowed.
    Truth.check(Condition.any("/triggers", Condition.and(OK, Condition.count("/problems", Comparison.AT_LEAST, 1))));
  }

  @Test
  void depth_isLimitedAtItsMaximum() {
    Condition c = OK;
    for (int depth = 1; depth < RuleLimits.MAX_DEPTH; depth++) {
      c = Condition.not(c);
    }
    assertThat(c.depth()).isEqualTo(RuleLimits.MAX_DEPTH);
    Truth.check(c);
    Condition deepest = c;
    assertThatThrownBy(() -> Condition.not(deepest))
        .isInstanceOfSatisfying(InvalidDefinitionException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo("LIMIT_EXCEEDED"));
  }

  @Test
  void lists_areLimitedAtTheirMaximum() {
    List<String> values = new ArrayList<>(Collections.nCopies(RuleLimits.MAX_LIST, "a"));
    Condition.oneOf("/company/industry", values, false);
    values.add("a");
    assertThat(invalid(() -> Condition.oneOf("/company/industry", values, false)).errors().get(0))
        .hasToString("LIMIT_EXCEEDED at \"/oneOf/values\": at most 1000 elements");
    List<Condition> operands = new ArrayList<>(Collections.nCopies(RuleLimits.MAX_LIST, OK));
    Condition.and(operands);
    operands.add(OK);
    assertThat(invalid(() -> Condition.and(operands)).errors().get(0).code()).isEqualTo("LIMIT_EXCEEDED");
  }

  @Test
  void texts_areLimitedAtTheirMaximum() {
    String longest = "x".repeat(RuleLimits.MAX_TEXT);
    Condition.equalTo("/company/industry", longest, false);
    assertThat(invalid(() -> Condition.equalTo("/company/industry", longest + "x", false)).errors().get(0))
        .hasToString("LIMIT_EXCEEDED at \"/equals/value\": at most 1000 code points");
  }

  @Test
  void checks_areLimitedPerDefinition() {
    List<RuleCriterion> criteria = new ArrayList<>();
    int n = 0;
    for (int c = 0; c < RuleLimits.MAX_CHECKS / RuleLimits.MAX_LIST; c++) {
      List<RuleCheck> checks = new ArrayList<>();
      for (int i = 0; i < RuleLimits.MAX_LIST; i++) {
        checks.add(RuleCheck.builder().from(Truth.check(OK)).reason("R" + n++).build());
      }
      criteria.add(RuleCriterion.of("C" + c, checks));
    }
    RuleDefinition.builder().id("big/1").criteria(criteria).build();
    criteria.add(RuleCriterion.of("LAST", RuleCheck.builder().from(Truth.check(OK)).reason("R" + n).build()));
    assertThat(invalid(() -> RuleDefinition.builder().id("big/1").criteria(criteria).build()).errors())
        .extracting(DefinitionError::toString)
        .containsExactly("LIMIT_EXCEEDED at \"/criteria\": at most 10000 checks in a definition");
  }

  @Test
  void definition_listsEveryProblemWithItsPointer() {
    RuleCheck first = Truth.check(OK);
    RuleCheck again = RuleCheck.builder().from(first).unknownReason("FIT_FAILED").build();
    InvalidDefinitionException e = invalid(() -> RuleDefinition.builder()
        .id("no version")
        .addCriteria(RuleCriterion.of("FIT", first, again))
        .addCriteria(RuleCriterion.of("FIT", RuleCheck.builder().from(first).reason("OTHER").build()))
        .build());
    assertThat(e.errors()).extracting(DefinitionError::toString).containsExactly(
        "INVALID_VALUE at \"/id\": an id with its version, e.g. acme-icp/3: letters, digits, '.', '_' or '-' "
            + "(at most 100), a slash and a version number",
        "INVALID_VALUE at \"/criteria/0/checks/1/reason\": a reason code not used by another check",
        "INVALID_VALUE at \"/criteria/1/name\": a criterion name not used by another criterion",
        "INVALID_VALUE at \"/criteria/0/checks/1/unknownReason\": an unknown reason (by default FIT_UNKNOWN) "
            + "that no check uses as its reason code");
  }

  @Test
  void check_refusesStandardNamesAndSqlAndMissingEnglish() {
    assertThat(invalid(() -> RuleCriterion.of("URGENCY", Truth.check(OK))).errors().get(0).pointer()).isEqualTo("/name");
    InvalidDefinitionException e = invalid(() -> RuleCheck.builder().condition(OK).verdict(Verdict.SQL)
        .reason("URGENCY_UNSUPPORTED").putMessage("nl", "Past niet.").putMessage("EN", "x").build());
    assertThat(e.errors()).extracting(DefinitionError::toString).containsExactly(
        "INVALID_VALUE at \"/verdict\": NOT_YET or DISQUALIFIED",
        "INVALID_VALUE at \"/reason\": a reason code other than the standard ones",
        "MISSING_REQUIRED at \"/message/en\": an English text",
        "INVALID_VALUE at \"/message\": languages as two or three lower-case letters (ISO 639), e.g. en");
  }

  @Test
  void compile_usesThePolicyLanguageWithEnglishFallback() {
    RuleCheck check = RuleCheck.builder().from(Truth.check(Condition.present("/company/country")))
        .putMessage("nl", "Past niet.")
        .putQuestions("en", List.of("Where are you based?"))
        .build();
    RuleDefinition definition =
        RuleDefinition.builder().id("fit/2").addCriteria(RuleCriterion.of("FIT", check)).build();
    Lead lead = Lead.builder().id("L").company(Company.builder().industry("x").build()).build();
    Qualifier dutch = definition.compile(QualificationPolicy.builder().locale(Locale.forLanguageTag("nl")).build());
    QualificationResult result = dutch.qualify(lead, Truth.AS_OF);
    assertThat(dutch.id()).isEqualTo("fit/2");
    assertThat(result.qualifierId()).isEqualTo("fit/2");
    assertThat(result.findings().get(0).message()).isEqualTo("Past niet.");
    assertThat(result.nextQuestions()).containsExactly("Where are you based?");
    assertThat(definition.compile().qualify(lead, Truth.AS_OF).findings().get(0).message()).isEqualTo("It does not fit.");
  }

  @Test
  void qualify_reportsTheFirstFailingCheckAndCombinesVerdicts() {
    RuleCheck unknownFirst = RuleCheck.builder().from(Truth.check(Condition.compare("/company/employees", Comparison.AT_LEAST, 20)))
        .reason("TOO_SMALL").unknownReason("SIZE_UNKNOWN").build();
    RuleCheck failsLater = RuleCheck.builder().from(Truth.check(Condition.present("/company/country")))
        .reason("NO_COUNTRY").build();
    RuleCheck notYet = RuleCheck.builder().from(Truth.check(Condition.present("/source")))
        .verdict(Verdict.NOT_YET).reason("NO_SOURCE").build();
    RuleDefinition definition = RuleDefinition.builder().id("fit/1")
        .addCriteria(RuleCriterion.of("SIZE", unknownFirst, failsLater))
        .addCriteria(RuleCriterion.of("ORIGIN", notYet))
        .build();
    Lead lead = Lead.builder().id("L").build();
    QualificationResult result = definition.compile().qualify(lead, Truth.AS_OF);
    // The unknown check comes first, so the disqualifying one after it is not reached.
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(result.findings()).extracting(f -> f.criterionCode() + ":" + f.reasonCode())
        .containsExactly("SIZE:SIZE_UNKNOWN", "ORIGIN:NO_SOURCE");
    Lead small = Lead.builder().id("L").source("web").company(Company.builder().employees(3).build()).build();
    assertThat(definition.compile().qualify(small, Truth.AS_OF).verdict()).isEqualTo(Verdict.DISQUALIFIED);
  }
  @Test
  void qualify_asksTheUnmetChecksQuestionsInOrderEachOnce() {
    RuleCheck size = RuleCheck.builder().from(Truth.check(Condition.present("/company/employees")))
        .reason("TOO_FEW").putQuestions("en", List.of("How many people work there?", "Which industry?")).build();
    RuleCheck origin = RuleCheck.builder().from(Truth.check(Condition.present("/source")))
        .verdict(Verdict.NOT_YET).reason("NO_SOURCE").putQuestions("en", List.of("Which industry?", "Who sent you?")).build();
    RuleCheck met = RuleCheck.builder().from(Truth.check(Condition.blank("/company/country")))
        .reason("NO_ID").putQuestions("en", List.of("Never asked?")).build();
    RuleDefinition definition = RuleDefinition.builder().id("fit/1")
        .addCriteria(RuleCriterion.of("SIZE", size))
        .addCriteria(RuleCriterion.of("KNOWN", met))
        .addCriteria(RuleCriterion.of("ORIGIN", origin))
        .build();
    QualificationResult result = definition.compile().qualify(Lead.builder().id("L").build(), Truth.AS_OF);
    assertThat(result.nextQuestions())
        .containsExactly("How many people work there?", "Which industry?", "Who sent you?");
    Lead sized = Lead.builder().id("L").company(Company.builder().employees(30).build()).build();
    assertThat(definition.compile().qualify(sized, Truth.AS_OF).nextQuestions())
        .containsExactly("Which industry?", "Who sent you?");
  }

  @Test
  void qualify_givesEachLeadItsOwnOutcomeWhenResultsAreReused() {
    RuleCheck size = RuleCheck.builder().from(Truth.check(Condition.compare("/company/employees", Comparison.AT_LEAST, 20)))
        .reason("TOO_SMALL").putQuestions("en", List.of("How many people work there?")).build();
    RuleCheck origin = RuleCheck.builder().from(Truth.check(Condition.present("/source")))
        .verdict(Verdict.NOT_YET).reason("NO_SOURCE").build();
    RuleDefinition definition = RuleDefinition.builder().id("fit/1")
        .addCriteria(RuleCriterion.of("SIZE", size))
        .addCriteria(RuleCriterion.of("ORIGIN", origin))
        .build();
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Employees absent, small or large and a source or none: six outcomes, each several times.
      Company.Builder company = Company.builder();
      if (i % 3 > 0) {
        company.employees(i % 3 == 1 ? 5 : 50);
      }
      Lead.Builder lead = Lead.builder().id("L" + i).company(company.build());
      if (i % 2 == 0) {
        lead.source("web");
      }
      leads.add(lead.build());
    }
    Qualifier reused = definition.compile();
    for (java.time.LocalDate asOf : List.of(Truth.AS_OF, Truth.AS_OF.plusDays(1), Truth.AS_OF)) {
      for (Lead lead : leads) {
        // A qualifier compiled for this lead alone has nothing to reuse.
        assertThat(reused.qualify(lead, asOf)).isEqualTo(definition.compile().qualify(lead, asOf));
      }
    }
  }
}
