package io.github.fourfold.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example at the top of README.md, kept compiling and true. Keep the two in sync. */
final class ReadmeExampleTest {
  @Test
  void readmeExample_isSql() {
    // README example start
    Lead lead = Lead.builder()
        .id("lead-42")
        .situation(Situation.builder().summary("Six conveyor belts, on average 12 years old.").build())
        .addProblems(Problem.builder().statement("Two belts stopped three times this year.")
            .cost(Cost.of(15_000, "EUR", Per.OCCURRENCE)).frequency(Frequency.of(3, Per.YEAR)).build())
        .addTriggers(UrgencyTrigger.builder().kind(TriggerKind.DEADLINE).description("Hygiene audit")
            .date(LocalDate.of(2027, 9, 15)).consequence("They lose a large retail customer.").build())
        .decisionProcess(DecisionProcess.builder().addStakeholders(Stakeholder.builder().title("Director")
            .addRoles(Role.APPROVES).approvesAbove(Money.of(50_000, "EUR")).build()).build())
        .build();
    QualificationResult result = Qualifier.fourQuestion().qualify(lead, LocalDate.of(2027, 3, 1));
    System.out.println(result.verdict()); // SQL
    // README example end
    assertThat(result.verdict()).isEqualTo(Verdict.SQL);
  }
}
