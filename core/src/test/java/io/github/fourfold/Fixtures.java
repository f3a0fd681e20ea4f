package io.github.fourfold;

import io.github.fourfold.model.Basis;
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
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Leads for the rule's tests: an SQL baseline and the spec's worked examples, built in Java. */
public final class Fixtures {
  public static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

  private Fixtures() {}

  public static Situation situation() {
    return Situation.builder().summary("Two packaging lines.").build();
  }

  public static Problem problem() {
    return Problem.builder()
        .statement("The line stops weekly.")
        .frequency(Frequency.of(1, Per.WEEK))
        .addressable(true)
        .build();
  }

  public static UrgencyTrigger deadline(LocalDate date) {
    return UrgencyTrigger.builder()
        .kind(TriggerKind.DEADLINE)
        .description("Audit")
        .date(date)
        .consequence("They lose a customer.")
        .build();
  }

  public static Stakeholder approver() {
    return Stakeholder.builder().title("Director").addRoles(Role.APPROVES).build();
  }

  public static DecisionProcess decision() {
    return DecisionProcess.builder().addStakeholders(approver()).process("Board decides.").build();
  }

  /** A lead that meets all four criteria as of {@link #AS_OF}, with no warnings. */
  public static Lead.Builder sqlLead() {
    Lead.Builder builder = Lead.builder();
    builder
        .id("sql-lead")
        .situation(situation())
        .addProblems(problem())
        .addTriggers(deadline(AS_OF.plusMonths(3)))
        .decisionProcess(decision());
    return builder;
  }

  // ---- the spec's worked examples (shared/spec/examples), as of 2027-03-01 ----

  public static Lead conveyorBelt() {
    return Lead.builder()
        .id("conveyor-belt-foodco")
        .company(Company.builder().name("Foodco").industry("food processing").country("NL").build())
        .contact(Contact.builder().name("Plant manager").title("Plant manager").build())
        .context("Asked for a quote for hygienic conveyor belts")
        .situation(Situation.builder()
            .summary("Six conveyor belts from a competitor, on average 12 years old.")
            .addInstalledBase(InstalledBaseItem.builder().name("conveyor belt").supplier("a competitor")
                .quantity(6).ageYears(BigDecimal.valueOf(12)).build())
            .build())
        .addProblems(Problem.builder()
            .statement("Two belts have stopped three times this year.")
            .visibility(Visibility.VISIBLE)
            .category(ProblemCategory.DOWNTIME)
            .cost(Cost.of(15000, "EUR", Per.OCCURRENCE))
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
            .addStakeholders(Stakeholder.builder().title("Plant manager").group(StakeholderGroup.END_USER)
                .addRoles(Role.SELECTS).firstContact(true).build())
            .addStakeholders(Stakeholder.builder().title("Procurement").group(StakeholderGroup.COMMERCIAL)
                .addRoles(Role.NEGOTIATES).build())
            .addStakeholders(Stakeholder.builder().title("Director").group(StakeholderGroup.EXECUTIVE)
                .addRoles(Role.APPROVES).approvesAbove(Money.of(50000, "EUR")).build())
            .build())
        .build();
  }

  public static Lead justLooking() {
    return Lead.builder()
        .id("just-looking")
        .contact(Contact.builder().name("Sam Visser").email("sam@example.com").build())
        .context("Downloaded a whitepaper and wanted to get informed")
        .demoRequested(true)
        .situation(Situation.builder()
            .summary("Runs two packaging lines with machines from several suppliers.").teamSize(12).build())
        .build();
  }

  public static Lead threeYearsLooking() {
    return Lead.builder()
        .id("three-years-looking")
        .situation(Situation.builder().summary("Manual quality inspection on one line since 2019.")
            .teamSize(4).inPlaceSince(2019).build())
        .addProblems(Problem.builder().statement("About 2% of parts are rejected at the customer.")
            .category(ProblemCategory.QUALITY).frequency(Frequency.of(40, Per.MONTH)).addressable(true).build())
        .addTriggers(UrgencyTrigger.builder().kind(TriggerKind.OPPORTUNITY)
            .description("This has priority for us; we have been looking at it for three years.").build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder().title("Quality manager").group(StakeholderGroup.TECHNICAL)
                .addRoles(Role.SELECTS, Role.APPROVES).firstContact(true).build())
            .process("Quality manager decides within the yearly budget.")
            .build())
        .build();
  }

  public static Lead wrongFit() {
    return Lead.builder()
        .id("wrong-fit")
        .situation(Situation.builder().addInstalledBase(
            InstalledBaseItem.builder().name("ERP system").supplier("in-house").quantity(1).build()).build())
        .addProblems(Problem.builder().statement("Invoices are booked twice.").category(ProblemCategory.COST)
            .cost(Cost.of(2000, "EUR", Per.MONTH)).addressable(false).build())
        .addTriggers(UrgencyTrigger.builder().kind(TriggerKind.EVENT).cause(TriggerCause.ACQUISITION)
            .description("Taken over by a group last month").date(LocalDate.of(2027, 2, 10)).build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder().title("CFO").group(StakeholderGroup.EXECUTIVE)
                .addRoles(Role.APPROVES).build())
            .timeline("a quarter")
            .build())
        .build();
  }

  public static Lead contractEnds2029() {
    return Lead.builder()
        .id("contract-ends-2029")
        .situation(Situation.builder().summary("Compressed air from a leased compressor park.").build())
        .addProblems(Problem.builder().statement("Energy use of the compressors is too high.")
            .category(ProblemCategory.COST).cost(Cost.of(60000, "EUR", Per.YEAR)).addressable(true).build())
        .addTriggers(UrgencyTrigger.builder().kind(TriggerKind.DEADLINE).cause(TriggerCause.CONTRACT_END)
            .description("Lease contract ends").date(LocalDate.of(2029, 1, 31))
            .consequence("Without a replacement the plant has no compressed air.").build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder().title("Maintenance lead").group(StakeholderGroup.TECHNICAL)
                .addRoles(Role.SELECTS).firstContact(true).build())
            .addStakeholders(Stakeholder.builder().title("Finance director").group(StakeholderGroup.EXECUTIVE)
                .addRoles(Role.APPROVES).build())
            .process("Capital requests go to the board in November.")
            .build())
        .build();
  }

  static Problem.Builder problemBuilder() {
    Problem.Builder b = Problem.builder();
    b.statement("A problem.");
    return b;
  }

  static Stakeholder.Builder stakeholderBuilder(Basis basis) {
    Stakeholder.Builder b = Stakeholder.builder();
    b.basis(basis);
    return b;
  }
}
