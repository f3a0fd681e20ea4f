package io.github.fourfold.examples.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierDiscovery;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.Verdict;
import io.github.fourfold.examples.conveyorbelt.ConveyorBeltExample;
import io.github.fourfold.model.Lead;
import io.github.fourfold.report.CallPlan;
import io.github.fourfold.report.CallTopic;
import io.github.fourfold.report.HandoffNote;
import io.github.fourfold.report.HandoffOptions;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a CRM vendor's {@code BudgetKnown}, from its own jar to a Dutch handoff note. (The
 * contract test is {@link BudgetKnownContractTest}; {@code qualify --plugins} loading the jar is
 * {@code QualifyJarIT.plugins_loadAVendorsQualifierFromItsOwnJar}.)
 */
final class BudgetKnownScenarioTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  private static final QualificationPolicy DUTCH =
      QualificationPolicy.builder().locale(Locale.forLanguageTag("nl")).build();

  @TempDir Path dir;

  @Test
  void discovery_pluginJar_findsBudgetKnownByItsId() throws Exception {
    assertThat(QualifierDiscovery.load().ids()).doesNotContain("budget-known");

    try (URLClassLoader loader = pluginLoader()) {
      QualifierDiscovery discovery = QualifierDiscovery.load(loader);

      assertThat(discovery.ids()).contains("four-question", "budget-known");
      assertThat(discovery.failures()).isEmpty();
    }
  }

  @Test
  void handoffNote_dutchWithoutBudget_asksTheBudgetQuestion() throws Exception {
    try (URLClassLoader loader = pluginLoader()) {
      QualifierProvider budget = QualifierDiscovery.load(loader).find("budget-known");
      assertThat(budget).isNotNull();
      Qualifier qualifier = Qualifier.fourQuestion(DUTCH).andThen(budget.create(DUTCH));
      Lead lead = ConveyorBeltExample.lead();

      QualificationResult result = qualifier.qualify(lead, AS_OF);
      String note = HandoffNote.of(lead, result, HandoffOptions.from(DUTCH)).toText();

      assertThat(result.verdict()).isEqualTo(Verdict.NOT_YET);
      assertThat(result.qualifierId()).isEqualTo("four-question/1+budget-known/1");
      assertThat(note).contains(
          "BUDGET: Niet voldaan (BUDGET_UNKNOWN).\n",
          "Inschatting: Nog geen SQL.\n  - Het budget is nog niet bekend.\n",
          "Volgende vragen:\n  - Is hier budget voor, en hoe groot is het?\n");
      assertThat(CallPlan.followUp(result, DUTCH.locale()).step(CallTopic.OTHER_CRITERIA))
          .isNotNull()
          .satisfies(step -> assertThat(step.questions()).containsExactly("Is hier budget voor, en hoe groot is het?"));
    }
  }

  @Test
  void qualify_budgetNone_isDisqualifiedAndAKnownBudgetIsSql() {
    Qualifier qualifier = Qualifier.fourQuestion().andThen(new BudgetKnown(Locale.ENGLISH));
    Lead lead = ConveyorBeltExample.lead();

    assertThat(qualifier.qualify(withBudget(lead, " NONE "), AS_OF).verdict()).isEqualTo(Verdict.DISQUALIFIED);
    assertThat(qualifier.qualify(withBudget(lead, "25000"), AS_OF).verdict()).isEqualTo(Verdict.SQL);
  }

  @Test
  void readme_showsTheCodeOfTheExampleAsItIs() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    for (String file : new String[] {"BudgetKnown.java", "BudgetKnownProvider.java", "BudgetKnownContractTest.java"}) {
      String source = Files.readString(
          Path.of("src/test/java/io/github/fourfold/examples/budget", file), StandardCharsets.UTF_8);
      String shown = source.substring(
          source.indexOf("// README example start\n") + "// README example start\n".length(),
          source.indexOf("// README example end"));
      assertThat(readme).as(file).contains(shown);
    }
    assertThat(readme).contains(Files.readString(BudgetKnownJar.SERVICES, StandardCharsets.UTF_8));
  }

  private static Lead withBudget(Lead lead, String budget) {
    return Lead.builder().from(lead).putAttributes("crm.budget", budget).build();
  }

  private URLClassLoader pluginLoader() throws Exception {
    Path jar = BudgetKnownJar.write(dir.resolve("budget-known.jar"));
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
  }
}
