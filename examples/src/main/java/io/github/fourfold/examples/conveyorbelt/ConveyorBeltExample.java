package io.github.fourfold.examples.conveyorbelt;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Warning;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.ProblemCategory;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.StakeholderGroup;
import io.github.fourfold.model.TriggerCause;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.model.Visibility;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The article's worked example: a conveyor-belt maker qualifies a plant manager at a food
 * company. Built in Java, qualified with the default rule, and printed.
 */
public final class ConveyorBeltExample {
  private ConveyorBeltExample() {}

  /**
   * The lead, as the article describes it.
   *
   * @return the conveyor-belt lead
   */
  public static Lead lead() {
    return Lead.builder()
        .id("conveyor-belt-foodco")
        .company(Company.builder().name("Foodco").industry("food processing").country("NL").build())
        .contact(Contact.builder().name("Plant manager").title("Plant manager").build())
        .context("Asked for a quote for hygienic conveyor belts")
        .situation(Situation.builder()
            .summary("Six conveyor belts from a competitor, on average 12 years old.")
            .addInstalledBase(InstalledBaseItem.builder()
                .name("conveyor belt").supplier("a competitor").quantity(6).ageYears(BigDecimal.valueOf(12))
                .build())
            .build())
        .addProblems(Problem.builder()
            .statement("Two belts have stopped three times this year.")
            .visibility(Visibility.VISIBLE)
            .category(ProblemCategory.DOWNTIME)
            .cost(Cost.of(15_000, "EUR", Per.OCCURRENCE))
            .frequency(Frequency.of(3, Per.YEAR))
            .addressable(true)
            .build())
        .addTriggers(UrgencyTrigger.builder()
            .kind(TriggerKind.DEADLINE)
            .cause(TriggerCause.AUDIT)
            .description("Hygiene audit in September")
            .date(LocalDate.of(2027, 9, 15))
            .consequence("If the belts fail the hygiene requirements they lose a large retail customer.")
            .build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder()
                .title("Plant manager").group(StakeholderGroup.END_USER).addRoles(Role.SELECTS).firstContact(true)
                .build())
            .addStakeholders(Stakeholder.builder()
                .title("Procurement").group(StakeholderGroup.COMMERCIAL).addRoles(Role.NEGOTIATES)
                .build())
            .addStakeholders(Stakeholder.builder()
                .title("Director").group(StakeholderGroup.EXECUTIVE).addRoles(Role.APPROVES)
                .approvesAbove(Money.of(50_000, "EUR"))
                .build())
            .build())
        .build();
  }

  /**
   * Qualifies the lead as of 2027-03-01 (or the date given as the first argument) and prints the
   * verdict, each criterion and the warnings.
   *
   * @param args optionally the reference date, {@code yyyy-mm-dd}
   */
  public static void main(String[] args) {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2027, 3, 1);
    QualificationResult result = Qualifier.fourQuestion().qualify(lead(), asOf);
    print(result, System.out);
  }

  /**
   * Prints a result as a short human-readable report.
   *
   * @param result the result
   * @param out where to print
   */
  public static void print(QualificationResult result, PrintStream out) {
    out.println("Lead " + result.leadId() + " as of " + result.asOf() + ": " + result.verdict());
    for (CriterionFinding finding : result.findings()) {
      out.println(finding.met()
          ? "  [met]     " + finding.criterionCode()
          : "  [not met] " + finding.criterionCode() + " " + finding.reasonCode() + ": " + finding.message());
    }
    for (Warning warning : result.warnings()) {
      out.println("  warning   " + warning.code() + ": " + warning.message());
    }
    if (result.revisitOn() != null) {
      out.println("  revisit on " + result.revisitOn());
    }
    out.println("  decided by " + result.qualifierId());
  }
}
