package io.github.fourfold.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.fourfold.testkit.BrokenQualifiers.AlphabeticalCriteriaPortCase;
import io.github.fourfold.testkit.BrokenQualifiers.ContactNameDependentCase;
import io.github.fourfold.testkit.BrokenQualifiers.ExclusiveHorizonPortCase;
import io.github.fourfold.testkit.BrokenQualifiers.FirstLetterACase;
import io.github.fourfold.testkit.BrokenQualifiers.FirstTriggerOnlyCase;
import io.github.fourfold.testkit.BrokenQualifiers.FirstTriggerOnlyPortCase;
import io.github.fourfold.testkit.BrokenQualifiers.JavaIsBlankPortCase;
import io.github.fourfold.testkit.BrokenQualifiers.LenientSituationPortCase;
import io.github.fourfold.testkit.BrokenQualifiers.ParsesBudgetCase;
import io.github.fourfold.testkit.BrokenQualifiers.ParsesBudgetDefaultGeneratorCase;
import io.github.fourfold.testkit.BrokenQualifiers.QuotesContactNameCase;
import io.github.fourfold.testkit.BrokenQualifiers.SharedStateCase;
import io.github.fourfold.testkit.BrokenQualifiers.ThrowsOnEmptyListsCase;
import io.github.fourfold.testkit.BrokenQualifiers.TrustsAssumptionsPortCase;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The contracts catch what they claim: each deliberately broken qualifier, run through a contract
 * as a vendor would run it (default seed and number of leads), fails exactly the checks its bug
 * breaks, with a report that names the seed and shows a shrunk lead.
 */
final class ContractsCatchBrokenQualifiersTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        // QualifierContract: each bug breaks one property, and only that one.
        Arguments.of(ContactNameDependentCase.class, Set.of("qualify_ignoresPersonalDataAndWording")),
        Arguments.of(FirstTriggerOnlyCase.class,
            Set.of("qualify_ignoresOrderOfProblemsTriggersAndStakeholders")),
        Arguments.of(ThrowsOnEmptyListsCase.class,
            Set.of("qualify_returnsResultForEveryLeadAndDate")),
        Arguments.of(SharedStateCase.class, Set.of("qualify_isThreadSafe")),
        Arguments.of(QuotesContactNameCase.class, Set.of("qualify_neverQuotesPersonalData")),
        // Issue 13: attribute-driven and first-letter bugs, which the generator used to miss.
        Arguments.of(ParsesBudgetCase.class, Set.of("qualify_returnsResultForEveryLeadAndDate")),
        Arguments.of(ParsesBudgetDefaultGeneratorCase.class, Set.of()),
        Arguments.of(FirstLetterACase.class, Set.of("qualify_ignoresPersonalDataAndWording")),
        // FourQuestionRuleContract: the invariant a port's bug breaks, and agreement.
        Arguments.of(AlphabeticalCriteriaPortCase.class,
            Set.of("verdict_isSqlExactlyWhenAllFourCriteriaAreMet",
                "qualify_agreesWithDefaultRuleOnGeneratedLeads",
                "qualify_agreesWithDefaultRuleOnTriggerTable",
                "qualify_agreesWithDefaultRuleOnProblemTable",
                "qualify_agreesWithDefaultRuleOnDecisionTable",
                "qualify_agreesWithDefaultRuleOnOutcomeTable")),
        Arguments.of(LenientSituationPortCase.class,
            Set.of("removingWhatMeetsACriterion_turnsSqlIntoNotYet",
                "qualify_agreesWithDefaultRuleOnGeneratedLeads",
                "qualify_agreesWithDefaultRuleOnOutcomeTable")),
        Arguments.of(FirstTriggerOnlyPortCase.class,
            Set.of("qualify_ignoresOrderOfProblemsTriggersAndStakeholders",
                "addingCountingTrigger_makesUrgencyOnlyLeadSql",
                "qualify_agreesWithDefaultRuleOnGeneratedLeads",
                "qualify_agreesWithDefaultRuleOnTriggerTable")),
        Arguments.of(TrustsAssumptionsPortCase.class,
            Set.of("markingCountingFactAssumed_neverImprovesVerdict",
                "removingWhatMeetsACriterion_turnsSqlIntoNotYet",
                "qualify_agreesWithDefaultRuleOnGeneratedLeads",
                "qualify_agreesWithDefaultRuleOnProblemTable",
                "qualify_agreesWithDefaultRuleOnOutcomeTable")),
        // String.isBlank() takes U+00A0 for content: other blanks change the verdict (4), a
        // "blank" consequence keeps a removed trigger counting (6), and agreement fails.
        Arguments.of(JavaIsBlankPortCase.class,
            Set.of("qualify_ignoresPersonalDataAndWording",
                "removingWhatMeetsACriterion_turnsSqlIntoNotYet",
                "qualify_agreesWithDefaultRuleOnGeneratedLeads",
                "qualify_agreesWithDefaultRuleOnTriggerTable",
                "qualify_agreesWithDefaultRuleOnDecisionTable",
                "qualify_agreesWithDefaultRuleOnOutcomeTable")),
        Arguments.of(ExclusiveHorizonPortCase.class,
            Set.of("addingCountingTrigger_makesUrgencyOnlyLeadSql",
                "qualify_agreesWithDefaultRuleOnGeneratedLeads",
                "qualify_agreesWithDefaultRuleOnTriggerTable")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void contract_brokenQualifier_failsExactlyTheChecksItBreaks(Class<?> testClass, Set<String> expected) {
    Events tests = run(testClass);
    Map<String, String> failures = failures(tests);
    assertThat(failures.keySet()).isEqualTo(expected);
    assertThat(tests.succeeded().count() + failures.size()).isEqualTo(tests.started().count());
    for (String message : failures.values()) {
      assertThat(message).contains("does not hold for qualifier")
          .containsAnyOf("from seed 20270301", "table cases", "generator() from seed 20270301");
    }
  }

  @Test
  void report_throwingQualifier_showsShrunkLeadSeedAndHowToReproduce() {
    String message = failures(run(ThrowsOnEmptyListsCase.class))
        .get("qualify_returnsResultForEveryLeadAndDate");
    assertThat(message)
        .startsWith("Invariant 1 (total)")
        // List.of(...).get(0) on an empty list throws the array flavour of the exception.
        .containsPattern("Problem:  threw java\\.lang\\.(Array)?IndexOutOfBoundsException")
        .contains("Lead:     Lead{id=\"lead\"}\n")
        .contains("Found at lead #0 of 2000 from seed 20270301, then shrunk")
        .contains("Reproduce the unshrunk lead: generator().lead(20270301L, 0)");
  }

  @Test
  void report_personalData_isMasked() {
    String message = failures(run(ContactNameDependentCase.class))
        .get("qualify_ignoresPersonalDataAndWording");
    assertThat(message).contains("Lead:     Lead{id=\"lead\", contact=Contact{name=***}}");
  }

  @Test
  void report_budgetParsedAsNumber_printsJavaThatRebuildsTheShrunkLeadAndFails() throws Exception {
    String message = failure(ParsesBudgetCase.class, "qualify_returnsResultForEveryLeadAndDate");
    assertThat(message).contains("NumberFormatException", "then shrunk", "Java that rebuilds the shrunk lead");

    Lead lead = PrintedJava.lead(message);

    assertThat(lead.attributes()).containsKey("crm.budget");
    assertThatThrownBy(() -> new BrokenQualifiers.ParsesBudget().qualify(lead, LocalDate.of(2027, 3, 1)))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void report_nameStartingWithA_keepsTheNameSoTheShrunkLeadFails() throws Exception {
    String message = failure(FirstLetterACase.class, "qualify_ignoresPersonalDataAndWording");

    Lead lead = PrintedJava.lead(message);
    Lead changed = PrintedJava.changedLead(message);

    Qualifier broken = new BrokenQualifiers.FirstLetterA();
    LocalDate asOf = LocalDate.of(2027, 3, 1);
    assertThat(broken.qualify(lead, asOf).verdict()).isNotEqualTo(broken.qualify(changed, asOf).verdict());
    assertThat(List.of(Objects.requireNonNull(lead.contact()).name(), Objects.requireNonNull(changed.contact()).name()))
        .anySatisfy(name -> assertThat(name).startsWith("A"));
  }

  @Test
  void report_quotedPersonalData_saysWhatWasSubstitutedAndMasksIt() throws Exception {
    String message = failure(QuotesContactNameCase.class, "qualify_neverQuotesPersonalData");
    assertThat(message)
        .contains("the check replaced the contact's name", "the marker for the contact's name",
            "\"Call *** back this week.\"", "as this check gave it to the qualifier")
        .doesNotContainPattern("Call Zq[a-z]+ back");

    Lead judged = PrintedJava.lead(message);

    assertThat(new BrokenQualifiers.QuotesContactName().qualify(judged, LocalDate.of(2027, 3, 1)).warnings())
        .anySatisfy(w -> assertThat(w.message()).contains(Objects.requireNonNull(judged.contact()).name()));
  }

  private static String failure(Class<?> testClass, String method) {
    return failures(run(testClass)).getOrDefault(method, "(did not fail)");
  }

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
        .testEvents();
  }

  private static Map<String, String> failures(Events tests) {
    Map<String, String> out = new TreeMap<>();
    tests.failed().stream().forEach(e -> out.put(method(e), message(e)));
    return out;
  }

  private static String method(Event e) {
    return e.getTestDescriptor().getSource()
        .map(s -> ((org.junit.platform.engine.support.descriptor.MethodSource) s).getMethodName())
        .orElse("?");
  }

  private static String message(Event e) {
    return e.getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .map(Throwable::getMessage).orElse("");
  }
}
